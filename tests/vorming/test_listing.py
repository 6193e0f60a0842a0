"""The calendar listing: filters in a GET form, past and coming events, pages, six languages."""

import datetime as dt
import re
from html import unescape

import pytest
from django.utils import timezone

from tests.vorming.conftest import url_of
from vorming import factories, listing

pytestmark = pytest.mark.django_db

TITLES = {
    "nl": "Vormingskalender",
    "en": "Training and event calendar",
    "fr": "Calendrier des formations et des événements",
    "uk": "Календар навчань і подій",
    "ru": "Календарь обучений и мероприятий",
    "ar": "تقويم الدورات والفعاليات",
}
ELEARNING = "E-learning: samenleven in diversiteit"


def titles(html: str) -> list[str]:
    return [unescape(t) for t in re.findall(r'<h3[^>]*><a href="[^"]+">([^<]+)</a></h3>', html)]


@pytest.mark.parametrize("language", list(TITLES))
def test_listing_renders_in_each_language(client, calendar, language):
    response = client.get(url_of(calendar, language))
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}"' in html
    assert TITLES[language] in html
    main = html.split("<main")[1].split("</main>")[0]
    assert 'lang="nl"' not in main  # no Dutch fallback in the demo


def test_coming_events_by_default_in_date_order_e_learnings_last(client, calendar):
    found = titles(client.get(url_of(calendar)).content.decode())
    assert found[0] == "Infosessie: hoe werkt inburgering?"  # in 5 days
    assert "Mentaal welzijn voor gastgezinnen" not in found  # past
    assert found[-2:] == [
        "E-learning: samenleven in diversiteit",
        "Taalbewust communiceren in je organisatie",
    ]  # no dates: after the dated ones


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (
            "audience=volunteers",
            {"Intervisie voor buddy's", "E-learning: samenleven in diversiteit"},
        ),
        ("audience=organisations", {"Taalbewust communiceren in je organisatie"}),
        ("format=e_learning", {ELEARNING}),
        ("region=antwerp", {"Basisvorming vreemdelingenrecht"}),
        ("theme=crisis", {"Taal leren en vrije tijd voor Oekraïense nieuwkomers"}),
        (
            "when=past",
            {"Mentaal welzijn voor gastgezinnen", "Nieuwe regels voor gezinshereniging"},
        ),
        ("audience=newcomers&theme=crisis&when=past", {"Mentaal welzijn voor gastgezinnen"}),
    ],
)
def test_filters(client, calendar, query, expected):
    html = client.get(f"{url_of(calendar)}?{query}").content.decode()
    assert set(titles(html)) == expected
    for pair in query.split("&"):
        name, value = pair.split("=")
        assert re.search(
            rf'<select id="id_{name}" name="{name}">.*?<option value="{value}" selected', html, re.S
        )


def test_feed_links_keep_the_filters(client, calendar):
    html = client.get(f"{url_of(calendar)}?audience=volunteers&region=").content.decode()
    assert "ical/?audience=volunteers" in html
    assert "rss/?audience=volunteers" in html


def test_an_unknown_choice_is_named_and_left_out(client, calendar):
    response = client.get(f"{url_of(calendar)}?audience=aliens&format=online")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'role="alert"' in html and "Kies opnieuw uit de lijst." in html
    assert all(t for t in titles(html))
    assert "Infosessie: hoe werkt inburgering?" in titles(html)  # format=online still applies
    assert "Basisvorming vreemdelingenrecht" not in titles(html)


def test_pages_of_twelve(client, calendar):
    start = timezone.now() + dt.timedelta(days=60)
    for n in range(listing.PAGE_SIZE + 1):
        factories.add_event(
            calendar,
            title=f"Extra vorming {n:02}",
            sessions=[(start + dt.timedelta(hours=n), start + dt.timedelta(hours=n, minutes=30))],
        )
    first = client.get(f"{url_of(calendar)}?theme=legal").content.decode()
    assert len(titles(first)) == listing.PAGE_SIZE
    assert "?theme=legal&amp;page=2" in first
    second = client.get(f"{url_of(calendar)}?theme=legal&page=2").content.decode()
    assert titles(second) == ["Extra vorming 11", "Extra vorming 12"]
