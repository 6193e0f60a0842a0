"""The aanbodzoeker page without JavaScript: a GET form whose URL holds the whole search."""

import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

from django.urls import reverse
from django.utils import translation

from tests.search import finder_fixtures

finder_offers = finder_fixtures.finder_offers  # the fixture, shared with the other tests


def finder_url(language="en"):
    with translation.override(language):
        return reverse("search:finder")


def titles(html: str) -> list[str]:
    return [
        unescape(title)
        for title in re.findall(r'<h3 class="finder-card__title">.*?<a [^>]*>([^<]+)</a>', html)
    ]


def chip_links(html: str) -> dict[str, str]:
    found = re.findall(
        r'<a class="finder-chip" href="([^"]*)"[^>]*>'
        r'<span class="visually-hidden">[^<]*</span>([^<]+)<',
        html,
    )
    return {unescape(label).strip(): unescape(href) for href, label in found}


def test_a_search_lives_in_the_url_and_filters_offers(client, finder_offers):
    response = client.get(finder_url(), {"place": "9000", "level": "A1", "daypart": "evening"})
    assert response.status_code == 200
    html = response.content.decode()
    assert titles(html) == ["Praattafel Gent"]
    assert "1 offer found" in html
    # The form shows the search back, so the page can be bookmarked and shared.
    assert 'name="place" value="9000"' in html
    assert re.search(r'id="finder-f-level-A1"[^>]*value="A1"[^>]*checked', html)
    assert re.search(r'id="finder-f-daypart-evening"[^>]*checked', html)


def test_each_card_says_what_level_when_where_and_cost_in_words(client, finder_offers):
    html = client.get(finder_url(), {"place": "9000", "sort": "distance"}).content.decode()
    card = html.split('<li class="finder-card">')[1].split("</li>")[0]
    assert "Praattafel Gent" in card or "Nederlands voor anderstaligen Gent" in card
    for label in ("What", "Dutch level", "When", "Where", "Price"):
        assert re.search(rf"</svg>{label}</dt>", card), label
    assert "Next time" in card or "Next times" in card
    assert re.search(r"(Monday|Tuesday|today|tomorrow)", card)
    assert "from the place you chose" in card


def test_filter_counts_ignore_their_own_choice(client, finder_offers):
    html = client.get(finder_url(), {"level": "A1"}).content.decode()
    # Disjunctive: with A1 chosen, the level list still counts A2 over everything else.
    # Offers for all levels count for every level (an A1 learner is welcome there too).
    assert re.search(r'for="finder-f-level-A2">A2 <span class="finder-count">\(5\)', html)
    assert re.search(r'for="finder-f-level-A1">A1 <span class="finder-count">\(4\)', html)
    assert "4 offers found" in html
    assert "Taalcafé Deinze" not in titles(html)


def test_each_chip_removes_only_its_own_choice(client, finder_offers):
    html = client.get(
        finder_url(), {"place": "9000", "level": ["A1", "A2"], "free": "1"}
    ).content.decode()
    chips = chip_links(html)
    assert set(chips) >= {"A1", "A2", "Free"}
    without_a1 = parse_qs(urlsplit(chips["A1"]).query)
    assert without_a1["level"] == ["A2"] and without_a1["place"] == ["9000"]
    assert without_a1["free"] == ["1"]
    without_free = parse_qs(urlsplit(chips["Free"]).query)
    assert "free" not in without_free and without_free["level"] == ["A1", "A2"]
    place_chip = next(label for label in chips if label.startswith("Near 9000"))
    assert "place" not in parse_qs(urlsplit(chips[place_chip]).query)


def test_scripts_get_only_the_regions_that_change(client, finder_offers):
    response = client.get(finder_url(), {"level": "A1"}, headers={"X-Finder": "1"})
    html = response.content.decode()
    assert "<html" not in html
    for region in ("finder-chosen", "finder-filters", "finder-results", "finder-alert"):
        assert f'id="{region}"' in html
    assert "X-Finder" in response["Vary"]
    assert re.search(r'data-announce="4 offers found\. Your choices: A1\."', html)


def test_bad_values_are_named_and_the_rest_still_searches(client, finder_offers):
    response = client.get(finder_url(), {"radius_km": "far", "level": "Z9", "place": "9000"})
    assert response.status_code == 200
    html = unescape(response.content.decode())
    assert "Distance: fill in a number, for example 10." in html
    assert "Dutch level: we do not know this choice." in html
    assert "offers found" in html or "offer found" in html


def test_an_unknown_place_is_explained(client, finder_offers):
    html = unescape(client.get(finder_url(), {"place": "Atlantis"}).content.decode())
    assert "We do not know the place “Atlantis”" in html


def test_nothing_found_is_relaxed_with_an_offer_to_be_told(client, finder_offers):
    # Nothing in Gent on a Wednesday evening: the finder says so and shows what it found instead.
    html = unescape(
        client.get(
            finder_url(), {"place": "9000", "weekday": "2", "daypart": "evening"}
        ).content.decode()
    )
    assert 'class="callout finder-relaxed"' in html
    assert "We found nothing that matches all your choices." in html
    assert titles(html)
    assert 'href="#finder-alert-heading"' in html
    assert 'action="/en/aanbodzoeker/alert/"' in html


def test_pages_of_results(client, finder_offers, monkeypatch):
    monkeypatch.setattr("search.offers.form_params.FINDER_PAGE_SIZE", 2)
    html = client.get(finder_url(), {"sort": "next_date"}).content.decode()
    assert "Page 1 of 3" in html
    next_url = unescape(re.search(r'href="([^"]+)"[^>]*rel="next"', html).group(1))
    assert parse_qs(urlsplit(next_url).query) == {"sort": ["next_date"], "page": ["2"]}
    second = client.get(finder_url() + next_url).content.decode()
    assert "Page 2 of 3" in second
    assert not set(titles(html)) & set(titles(second))


def test_map_shows_numbered_markers_without_tiles(client, finder_offers, settings):
    settings.FINDER_MAP_TILE_URL = ""
    html = client.get(
        finder_url(), {"view": "map", "place": "9000", "radius_km": "50"}
    ).content.decode()
    markers = re.findall(r'<a class="finder-map__marker" href="([^"]+)" aria-label="(\d+)\. ', html)
    assert len(markers) == 3  # two in Gent, one in Deinze
    assert "<image" not in html
    assert re.search(r'<circle cx="[0-9.]+" cy="[0-9.]+" r="15">', html)  # no decimal commas
    # The list under the map carries the same numbers: the map has a text alternative.
    assert html.count('class="finder-card__number"') == 3
    assert 'aria-current="page"' in html.split('class="finder-views"')[1].split("</nav>")[0]


def test_map_tiles_come_from_the_configured_url(client, finder_offers, settings):
    settings.FINDER_MAP_TILE_URL = "https://tiles.example.org/{z}/{x}/{y}.png"
    html = client.get(finder_url(), {"view": "map", "place": "9000"}).content.decode()
    tiles = re.findall(r'<image class="finder-map__tile" href="([^"]+)"', html)
    assert tiles and all(
        re.fullmatch(r"https://tiles\.example\.org/\d+/\d+/\d+\.png", t) for t in tiles
    )


def test_ukrainian_finder_gives_dates_in_ukrainian_words(client, finder_offers):
    html = client.get(finder_url("uk"), {"place": "9000", "level": "A1"}).content.decode()
    assert '<html lang="uk"' in html
    # Dates in words in the visitor's language (Django's Ukrainian day names).
    assert re.search(r"(понеділок|вівторок|сьогодні|завтра)", html, re.IGNORECASE)


def test_language_switcher_keeps_the_search(client, finder_offers):
    html = client.get(finder_url("uk"), {"place": "9000", "level": "A1"}).content.decode()
    dutch = re.search(r'href="([^"]+)" lang="nl" hreflang="nl"', html).group(1)
    assert unescape(dutch).startswith("/nl/aanbodzoeker/?")
    assert parse_qs(urlsplit(unescape(dutch)).query) == {"place": ["9000"], "level": ["A1"]}


def test_suggestions_as_you_type(client, finder_offers):
    with translation.override("nl"):
        url = reverse("search:finder_suggest")
    data = client.get(url, {"q": "Praat"}).json()
    assert data["q"] == "Praat"
    assert "Praattafel Gent" in data["suggestions"]
    assert client.get(url, {"q": "P"}).json()["suggestions"] == []
