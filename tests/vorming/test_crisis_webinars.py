"""The crisis hub's webinars live in the calendar: the data migration keeps them, the hub still
shows them (through a page context provider), and the calendar's feed holds them."""

import datetime as dt

import icalendar
import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone, translation
from wagtail.models import Page

from crisis import factories as crisis_factories
from crisis.models import CrisisHubPage
from portal.registries import page_context_providers
from tests.vorming.conftest import url_of
from vorming.models import EventIndexPage, EventPage, EventSession

pytestmark = pytest.mark.django_db

BEFORE = [("crisis", "0001_initial"), ("vorming", "0001_initial")]


def hub_html(client, language: str) -> str:
    hub = CrisisHubPage.objects.get()
    return client.get(url_of(hub, language)).content.decode()


def test_the_hub_shows_coming_and_past_webinars_from_the_calendar(client, calendar):
    html = hub_html(client, "en")
    upcoming = html.split('data-state="upcoming"')[1].split("</li>")[0]
    recorded = html.split('data-state="recorded"')[1].split("</li>")[0]
    assert "webinar-taal-en-vrije-tijd" in upcoming and "Register" in upcoming
    assert "Watch the recording" not in upcoming
    assert "In Ukrainian" in upcoming
    assert "Watch the recording" in recorded and "mentaal-welzijn-gastgezinnen" in recorded
    assert "Presentatie webinar mentaal welzijn" in recorded  # its documents
    event = EventPage.objects.get(slug_nl="taal-en-vrije-tijd")
    assert f'href="{url_of(event, "en")}"' in upcoming  # the title opens the event page
    # Only the events that chose the hub: the calendar's other webinar is not there.
    assert "family reunification" not in html


def test_a_held_webinar_without_recording_says_it_will_follow(client, calendar):
    event = EventPage.objects.get(slug_nl="taal-en-vrije-tijd")
    start = timezone.now() - dt.timedelta(days=1)
    event.sessions = [EventSession(starts_at=start, ends_at=start + dt.timedelta(hours=1))]
    event.save_revision().publish()
    held = hub_html(client, "nl").split('data-state="held"')[1].split("</li>")[0]
    assert "Dit webinar is voorbij. De opname volgt snel." in held
    assert "Schrijf je in" not in held


def test_the_hub_keeps_the_taalhulp_pool_provider_beside_the_calendar(calendar):
    keys = [k for k, _p in page_context_providers.items() if k.startswith("crisis.CrisisHubPage")]
    assert sorted(keys) == ["crisis.CrisisHubPage", "crisis.CrisisHubPage+vorming"]


def _add_old_webinars(old_apps, hub) -> None:
    Webinar = old_apps.get_model("crisis", "Webinar")
    soon = timezone.now() + dt.timedelta(days=3)
    Webinar.objects.create(
        page_id=hub.pk,
        sort_order=0,
        title="Opvang thuis",
        title_nl="Opvang thuis",
        title_uk="Прийом удома",
        description_nl="Wat moet je weten als je iemand opvangt?",
        starts_at=soon,
        duration_minutes=60,
        spoken_language="uk",
        registration_url="https://www.example.org/inschrijven/opvang-thuis",
    )
    Webinar.objects.create(
        page_id=hub.pk,
        sort_order=1,
        title="Scholen en kinderopvang",
        title_nl="Scholen en kinderopvang",
        starts_at=timezone.now() - dt.timedelta(days=30),
        duration_minutes=90,
        recording_url="https://video.example.org/scholen",
        documents=[],
    )


def test_the_data_migration_turns_old_webinars_into_calendar_events(client, demo_site):
    with translation.override("nl"):
        hub = crisis_factories.generate(seed=42, home=demo_site)
    executor = MigrationExecutor(connection)
    old_state = executor.migrate(BEFORE)  # crisis gets its webinar table back
    _add_old_webinars(old_state.apps, hub)
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # DROP TABLE refuses pending checks
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())

    index = EventIndexPage.objects.get()
    assert index.get_parent().pk == hub.get_parent().pk
    events = {e.title_nl: e for e in EventPage.objects.child_of(index)}
    assert set(events) == {"Opvang thuis", "Scholen en kinderopvang"}
    coming = events["Opvang thuis"]
    assert coming.kind == "webinar" and coming.shown_on_id == hub.pk
    assert coming.spoken_language == "uk" and coming.sessions.count() == 1
    assert coming.intro_nl == "Wat moet je weten als je iemand opvangt?"
    assert Page.find_problems() == ([], [], [], [], [])  # the tree is whole

    feed = client.get(f"{url_of(index, 'uk')}ical/")
    assert feed.status_code == 200
    cal = icalendar.Calendar.from_ical(feed.content)
    assert {str(e["SUMMARY"]) for e in cal.walk("VEVENT")} == {
        "Прийом удома",
        "Scholen en kinderopvang",
    }
    html = hub_html(client, "nl")
    assert "Opvang thuis" in html and "https://video.example.org/scholen" in html
    assert client.get(url_of(coming, "nl")).status_code == 200
