"""Nightly rollups add up to the events; raw events go after 30 days, aggregates after 25 months."""

# ruff: noqa: S311 - seeded test data, not secrets

import datetime as dt
import random

import pytest
from django.db.models import Sum
from django.utils import timezone

from portal.models import AuditEvent
from portal.privacy import retention
from search.demand import anonymise, services
from search.demand.models import DailyDemand, SearchEvent
from search.demand.wiring import SEARCHES
from search.offers.params import parse_params

pytestmark = pytest.mark.django_db

QUERIES = [
    {"municipality": "Gent", "level": "A1", "daypart": "evening", "type": "practice"},
    {"postcode": "3000", "type": "course_nt2"},
    {"postcode": "2000", "level": "A1,A2"},
    {"q": "praattafel"},
    {"municipality": "Genk", "daypart": "weekend", "lang": "uk"},
]


def _random_events(rng: random.Random, today: dt.date, count: int) -> list:
    items = []
    for _event in range(count):
        params, _errors = parse_params(rng.choice(QUERIES))
        day = today - dt.timedelta(days=rng.randint(1, 40))
        found = rng.choice([0, 0, 1, 7])
        relaxed = ("level",) if found and rng.random() < 0.3 else ()
        items.append(
            services.Searched(day, "finder", rng.choice(["nl", "uk", "ar"]), params, found, relaxed)
        )
    return items


def test_the_rollups_add_up_to_the_events(places):
    today = timezone.localdate()
    services.write_events(_random_events(random.Random(7), today, 400))
    services.rollup(today)
    events = SearchEvent.objects.filter(day__lt=today)
    assert DailyDemand.objects.aggregate(n=Sum("searches"))["n"] == events.count() == 400
    for day in set(events.values_list("day", flat=True)):
        day_events = events.filter(day=day)
        rows = DailyDemand.objects.filter(day=day)
        assert rows.aggregate(n=Sum("searches"))["n"] == day_events.count()
        zero = rows.filter(zero_result=True).aggregate(n=Sum("searches"))["n"] or 0
        assert zero == day_events.filter(result_count=0).count()
        relaxed = rows.filter(relaxed=True).aggregate(n=Sum("searches"))["n"] or 0
        assert relaxed == day_events.filter(relaxed=True).count()
        gent = rows.filter(municipality_id="44021").aggregate(n=Sum("searches"))["n"] or 0
        assert gent == day_events.filter(municipality_id="44021").count()


def test_a_second_rollup_changes_nothing(places):
    today = timezone.localdate()
    services.write_events(_random_events(random.Random(8), today, 50))
    services.rollup(today)
    first = sorted(DailyDemand.objects.values_list("day", "language", "searches"))
    services.rollup(today)
    assert sorted(DailyDemand.objects.values_list("day", "language", "searches")) == first


def test_todays_searches_wait_for_tomorrows_rollup(places):
    today = timezone.localdate()
    params, _errors = parse_params({"q": "x"})
    services.write_events([services.Searched(today, "api", "nl", params, 0, ())])
    services.rollup(today)
    assert not DailyDemand.objects.exists()


def test_retention_deletes_events_after_30_days_but_keeps_their_counts(places):
    today = timezone.localdate()
    services.write_events(_random_events(random.Random(9), today, 200))
    old = SearchEvent.objects.filter(day__lt=today - dt.timedelta(days=30)).count()
    assert old  # the random days reach back 40 days
    counts = retention.run_all()
    assert counts["search_events_prune"] == old
    assert not SearchEvent.objects.filter(day__lt=today - dt.timedelta(days=30)).exists()
    assert DailyDemand.objects.aggregate(n=Sum("searches"))["n"] == old
    assert AuditEvent.objects.filter(action="retention.search_events_deleted").exists()


def test_aggregates_are_kept_25_months():
    today = timezone.localdate()
    limit = anonymise.months_back(today, 25)
    DailyDemand.objects.create(day=limit - dt.timedelta(days=1), language="nl", searches=3)
    DailyDemand.objects.create(day=limit, language="nl", searches=4)
    assert retention.run_all()["search_demand_prune"] == 1
    assert list(DailyDemand.objects.values_list("searches", flat=True)) == [4]


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(2026, 12, 8), 25, dt.date(2024, 11, 8)),
        (dt.date(2026, 3, 31), 1, dt.date(2026, 2, 28)),
        (dt.date(2026, 1, 15), 13, dt.date(2024, 12, 15)),
    ],
)
def test_months_back(day, months, expected):
    assert anonymise.months_back(day, months) == expected


def test_the_key_figure_counts_searches_and_searches_without_result():
    day = dt.date(2026, 5, 1)
    DailyDemand.objects.create(day=day, language="nl", searches=10)
    DailyDemand.objects.create(day=day, language="uk", searches=4, zero_result=True)
    DailyDemand.objects.create(day=dt.date(2026, 7, 1), language="nl", searches=99)
    rows = {row.code: row.count for row in SEARCHES.compute(dt.date(2026, 4, 1), day)}
    assert rows == {"searches": 14, "zero_result": 4}
