"""The demand log stores one privacy-safe event per visitor search, and never hinders one."""

import datetime as dt
import time

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from search.demand import anonymise, buffer, services
from search.demand.models import SearchEvent
from search.models import OfferSynonym
from search.offers import service
from search.offers.params import parse_params

API = "/api/v1/offers/search"
ADDRESS, AGENT, POSTCODE = "203.0.113.77", "Mozilla/5.0 (DemandTest; Phone)", "9000"

pytestmark = pytest.mark.django_db


def _search(client, **query):
    response = client.get(API, {"lang": "nl", **query}, REMOTE_ADDR=ADDRESS, HTTP_USER_AGENT=AGENT)
    assert response.status_code == 200, response.content
    return response.json()


def _all_stored_text() -> str:
    """Every column of every stored event, as text: what a leak would show up in."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {SearchEvent._meta.db_table}")  # noqa: S608 - our table
        return " ".join(str(value) for row in cursor.fetchall() for value in row)


def test_an_api_search_stores_the_municipality_and_never_the_ip_postcode_or_agent(
    client, demand_log
):
    client.cookies["sessionid"] = "a-session-cookie-value"
    _search(client, postcode=POSTCODE, level="A1", daypart="evening", type="practice", free="1")
    assert demand_log.flush() == 1
    event = SearchEvent.objects.get()
    assert event.municipality_id == "44021"  # Gent, resolved from the postcode
    assert (event.origin, event.language, event.day) == ("api", "nl", timezone.localdate())
    assert (event.offer_type, event.level, event.daypart) == ("practice", "A1", "evening")
    assert event.filters == {"free": True}
    assert event.result_count == 0 and event.zero_result
    stored = _all_stored_text()
    for secret in (ADDRESS, AGENT, "DemandTest", "a-session-cookie-value", POSTCODE):
        assert secret not in stored
    field_names = {field.name for field in SearchEvent._meta.get_fields()}
    assert not field_names & {"ip", "ip_address", "user_agent", "session", "cookie", "postcode"}


def test_the_finder_records_too_but_not_its_second_page(client, demand_log):
    url = reverse("search:finder")
    client.get(url, {"municipality": "Leuven"})
    client.get(url, {"municipality": "Leuven", "page": "2"})
    demand_log.flush()
    event = SearchEvent.objects.get()
    assert (event.origin, event.municipality_id) == ("finder", "24062")


def test_saved_search_alerts_and_direct_calls_without_origin_are_not_counted(demand_log):
    params, _errors = parse_params({"q": "praattafel"})
    service.search_offers(params, language="nl")
    assert demand_log.flush() == 0


def test_words_below_the_threshold_are_kept_only_as_a_keyed_hash(client, demand_log):
    for _search_number in range(anonymise.THRESHOLD - 1):
        _search(client, q="Mijn Buurvrouw Fatima")
    demand_log.flush()
    events = SearchEvent.objects.all()
    assert events.count() == anonymise.THRESHOLD - 1
    expected = anonymise.keyed_hash("test-only-demand-log-key", "mijn buurvrouw fatima")
    assert {event.query_hash for event in events} == {expected}
    assert {event.query_text for event in events} == {""}
    assert "fatima" not in _all_stored_text().lower()


def test_the_fifth_search_of_a_week_reveals_the_words_on_all_five(client, demand_log):
    for _search_number in range(anonymise.THRESHOLD - 1):
        _search(client, q="kookles")
    demand_log.flush()
    _search(client, q="  KOOKLES ")
    demand_log.flush()
    assert set(SearchEvent.objects.values_list("query_text", flat=True)) == {"kookles"}


def test_the_same_words_in_another_week_start_counting_again(demand_log):
    params, _errors = parse_params({"q": "zwemles"})
    old = timezone.localdate() - dt.timedelta(days=14)
    items = [services.Searched(old, "api", "nl", params, 1, ())] * 3
    items += [services.Searched(timezone.localdate(), "api", "nl", params, 1, ())] * 3
    services.write_events(items)
    assert set(SearchEvent.objects.values_list("query_text", flat=True)) == {""}


def test_words_of_a_glossary_concept_are_kept_at_once(client, demand_log):
    OfferSynonym.objects.create(
        terms="fietsles, cycling lessons", source="glossary", concept="cycling"
    )
    _search(client, q="Fietsles")
    _search(client, q="taalcafé")  # shipped with the default synonyms
    demand_log.flush()
    assert set(SearchEvent.objects.values_list("query_text", flat=True)) == {
        "fietsles",
        "taalcafe",
    }


def test_without_a_key_no_words_and_no_hash_are_kept(client, demand_log, settings):
    settings.SEARCH_DEMAND_HASH_KEY = ""
    for _search_number in range(anonymise.THRESHOLD + 1):
        _search(client, q="iets zeldzaams")
    demand_log.flush()
    assert set(SearchEvent.objects.values_list("query_hash", "query_text")) == {("", "")}
    assert all(SearchEvent.objects.values_list("has_query", flat=True))


def test_a_relaxed_search_says_how(demand_log):
    params, _errors = parse_params({"q": "praattafel", "level": "C1"})
    services.write_events(
        [services.Searched(timezone.localdate(), "api", "nl", params, 4, ("level",))]
    )
    event = SearchEvent.objects.get()
    assert event.relaxed and event.relaxed_steps == ["level"] and not event.zero_result


def test_a_full_buffer_drops_the_event_and_the_search_still_answers(client, demand_log, settings):
    settings.SEARCH_DEMAND = {"ENABLED": True, "FLUSH": "manual", "BUFFER_SIZE": 2}
    for _search_number in range(5):
        _search(client, q="praattafel")
    assert buffer.stats()["waiting"] == 2
    assert buffer.stats()["dropped"] == 3
    assert demand_log.flush() == 2


def test_a_failing_log_never_fails_the_search(client, demand_log, monkeypatch):
    def broken(item):
        raise RuntimeError("the log is broken")

    monkeypatch.setattr(buffer, "offer", broken)
    assert "count" in _search(client, q="praattafel")


def test_the_log_switched_off_records_nothing(client, demand_log, settings):
    settings.SEARCH_DEMAND = {"ENABLED": False}
    _search(client, q="praattafel")
    assert buffer.stats()["waiting"] == 0


@pytest.mark.django_db(transaction=True)
def test_the_writer_thread_writes_in_the_background(settings):
    """Thread mode, as in production: the search only appends; the thread writes the batch."""
    buffer.clear()
    settings.SEARCH_DEMAND = {"ENABLED": True, "FLUSH": "thread", "BATCH": 1, "FLUSH_SECONDS": 0.1}
    params, _errors = parse_params({"q": "praattafel"})
    assert buffer.offer(services.Searched(timezone.localdate(), "api", "nl", params, 1, ()))
    for _attempt in range(50):
        if SearchEvent.objects.exists():
            break
        time.sleep(0.1)
    settings.SEARCH_DEMAND = {"ENABLED": True, "FLUSH": "manual"}
    assert SearchEvent.objects.get().result_count == 1
