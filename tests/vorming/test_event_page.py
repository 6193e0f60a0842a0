"""An event page: facts, registration by status, after the event the recording and documents,
and its schema.org Event."""

import json
import re

import pytest

from tests.vorming.conftest import url_of
from vorming.models import EventPage

pytestmark = pytest.mark.django_db


def event(slug: str) -> EventPage:
    return EventPage.objects.get(slug_nl=slug)


def jsonld_blocks(html: str) -> list[dict]:
    pattern = r'<script type="application/ld\+json">(.*?)</script>'
    return [json.loads(block) for block in re.findall(pattern, html, re.S)]


def test_a_past_event_shows_its_recording_and_documents(client, calendar):
    html = client.get(url_of(event("gezinshereniging"), "en")).content.decode()
    assert 'data-state="recorded"' in html
    assert "Watch the recording" in html
    assert "https://video.example.org/webinars/gezinshereniging" in html
    assert "Presentatie nieuwe regels gezinshereniging" in html  # the document
    assert ">Register<" not in html


def test_a_past_event_without_recording_says_it_will_follow(client, calendar):
    page = event("gezinshereniging")
    page.recording_url = ""
    page.save_revision().publish()
    html = client.get(url_of(page, "en")).content.decode()
    assert 'data-state="held"' in html
    assert "The recording will follow soon." in html


def test_a_coming_event_shows_its_sessions_and_registration(client, calendar):
    html = client.get(url_of(event("basis-vreemdelingenrecht"), "nl")).content.decode()
    assert 'data-state="upcoming"' in html
    assert html.count('<li><time datetime="') == 2  # two sessions
    assert "https://www.example.org/inschrijven/basis-vreemdelingenrecht" in html
    assert "Watch the recording" not in html


def test_full_and_on_request(client, calendar):
    full = client.get(url_of(event("intervisie-buddys"), "en")).content.decode()
    full = full.split('<script type="application/ld+json">')[0]  # schema.org names the offer
    assert "This event is full." in full
    assert "inschrijven/intervisie-buddys" not in full
    custom = client.get(url_of(event("taalbewust-communiceren"), "en")).content.decode()
    assert "on request" in custom and "aanvragen/taalbewust-communiceren" in custom


@pytest.mark.parametrize("language", ["nl", "uk", "ar"])
def test_schema_org_event(client, calendar, language):
    html = client.get(url_of(event("basis-vreemdelingenrecht"), language)).content.decode()
    [data] = [b for b in jsonld_blocks(html) if b.get("@type") == "Event"]
    assert data["@context"] == "https://schema.org"
    assert data["inLanguage"] == language
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"]["@type"] == "Place" and "Antwerpen" in data["location"]["name"]
    assert data["startDate"] < data["endDate"]
    assert len(data["subEvent"]) == 2
    assert data["offers"]["availability"] == "https://schema.org/InStock"


def test_schema_org_for_an_online_recorded_event_and_the_listing(client, calendar):
    html = client.get(url_of(event("gezinshereniging"), "nl")).content.decode()
    [data] = [b for b in jsonld_blocks(html) if b.get("@type") == "Event"]
    assert data["location"]["@type"] == "VirtualLocation"
    assert data["recordedIn"]["url"] == "https://video.example.org/webinars/gezinshereniging"
    listing = client.get(url_of(calendar, "nl")).content.decode()
    [graph] = [b for b in jsonld_blocks(listing) if "@graph" in b]
    assert {e["@type"] for e in graph["@graph"]} == {"Event"}
    assert len(graph["@graph"]) == 6  # the coming events on the first page
