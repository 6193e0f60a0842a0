"""The calendar's feeds per filter: iCalendar parsed back with `icalendar`, and RSS."""

import datetime as dt
import xml.etree.ElementTree as ET

import icalendar
import pytest
from django.utils import timezone

from tests.vorming.conftest import url_of
from vorming import factories

pytestmark = pytest.mark.django_db


def ical(client, calendar, query: str = "", language: str = "nl") -> icalendar.Calendar:
    response = client.get(f"{url_of(calendar, language)}ical/{query}")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def summaries(cal) -> list[str]:
    return [str(event["SUMMARY"]) for event in cal.walk("VEVENT")]


def test_the_feed_validates_and_holds_every_dated_event(client, calendar):
    cal = ical(client, calendar)
    assert str(cal["VERSION"]) == "2.0" and str(cal["PRODID"])
    found = summaries(cal)
    assert "Mentaal welzijn voor gastgezinnen" in found  # past events stay in a calendar
    assert "Taal leren en vrije tijd voor Oekraïense nieuwkomers" in found
    assert "E-learning: samenleven in diversiteit" not in found  # no date, no VEVENT
    assert found.count("Basisvorming vreemdelingenrecht") == 2  # one per session
    uids = [str(event["UID"]) for event in cal.walk("VEVENT")]
    assert len(uids) == len(set(uids))
    for event in cal.walk("VEVENT"):
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert start.tzinfo is not None and start < end
        assert str(event["URL"]).startswith("http")


def test_the_feed_follows_the_listing_filters(client, calendar):
    assert summaries(ical(client, calendar, "?audience=volunteers")) == [
        "Mentaal welzijn voor gastgezinnen",  # past: a calendar keeps its history
        "Intervisie voor buddy's",
    ]
    assert set(summaries(ical(client, calendar, "?theme=crisis&when=past"))) == {
        "Mentaal welzijn voor gastgezinnen"
    }


def test_the_feed_speaks_the_visitors_language(client, calendar):
    found = summaries(ical(client, calendar, "?region=antwerp", language="uk"))
    assert found == ["Базове навчання з права іноземців"] * 2


def test_sessions_keep_their_times(client, calendar):
    start = timezone.now().replace(microsecond=0) + dt.timedelta(days=40)
    factories.add_event(
        calendar,
        title="Drie avonden",
        theme="language",
        sessions=[
            (start + dt.timedelta(days=7 * n), start + dt.timedelta(days=7 * n, hours=2))
            for n in range(3)
        ],
    )
    events = [e for e in ical(client, calendar).walk("VEVENT") if e["SUMMARY"] == "Drie avonden"]
    assert [e.decoded("DTSTART") for e in events] == [
        start + dt.timedelta(days=7 * n) for n in range(3)
    ]


def test_rss_lists_coming_events_of_the_filter(client, calendar):
    response = client.get(f"{url_of(calendar)}rss/?audience=newcomers")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")  # noqa: S314 (our own feed)
    assert channel.findtext("title") == "Vormingskalender"
    assert channel.findtext("link").endswith("?audience=newcomers")
    titles = [item.findtext("title") for item in channel.findall("item")]
    assert titles == [
        "Infosessie: hoe werkt inburgering?",
        "Taal leren en vrije tijd voor Oekraïense nieuwkomers",
    ]


def test_the_listing_names_its_rss_feed(client, calendar):
    html = client.get(f"{url_of(calendar)}?format=online").content.decode()
    assert 'type="application/rss+xml"' in html and "rss/?format=online" in html
