"""Writes of the demand log: store a batch of events, roll days up, prune by the retention rules."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import Count, Q, Sum
from django.utils import timezone

from portal.models import Municipality, Postcode
from portal.privacy import retention
from search.demand import anonymise
from search.demand.models import DailyDemand, ReportedGap, SearchEvent
from search.models import OfferSynonym
from search.offers.editorial import DEFAULT_SYNONYMS
from search.offers.params import BOOLEAN_FILTERS, OfferSearchParams
from search.text import split_terms

EVENT_DAYS = 30  # PRIVACY_RETENTION["SEARCH_EVENT_DAYS"]
AGGREGATE_MONTHS = 25
DIMENSIONS = ("language", "municipality_id", "offer_type", "level", "daypart", "relaxed")


@dataclass(frozen=True)
class Searched:
    """What the request hands to the buffer: nothing is resolved or hashed on the request path."""

    day: dt.date
    origin: str
    language: str
    params: OfferSearchParams
    count: int
    relaxed: tuple[str, ...]


def hash_key() -> str:
    return getattr(settings, "SEARCH_DEMAND_HASH_KEY", "")


def _place_table() -> tuple[dict[str, str], dict[str, str]]:
    postcodes: dict[str, str] = {}
    for code, nis in Postcode.objects.order_by("pk").values_list("code", "municipality_id"):
        postcodes.setdefault(code, nis)
    names: dict[str, str] = {}
    for nis, name_nl, name_fr in Municipality.objects.values_list("nis", "name_nl", "name_fr"):
        names.setdefault(name_nl.lower(), nis)
        names.setdefault(name_fr.lower(), nis)
    return postcodes, names


def glossary_terms() -> set[str]:
    """Normalised words of the glossary concepts: these may be stored as text at once."""
    pairs = [*DEFAULT_SYNONYMS["*"]]
    pairs += OfferSynonym.objects.filter(active=True, source="glossary").values_list(
        "terms", "replacement"
    )
    return {
        anonymise.normalised(term) for pair in pairs for part in pair for term in split_terms(part)
    }


def _filters(params: OfferSearchParams) -> dict:
    chosen = {name: getattr(params, name) for name in BOOLEAN_FILTERS}
    chosen.update(
        format=params.format,
        weekday=params.weekday,
        support_language=params.support_language,
        target_group=params.target_group,
        theme=params.theme,
        include_online=params.include_online or None,
        dates=bool(params.date_from or params.date_to) or None,
    )
    return {name: value for name, value in chosen.items() if value not in (None, "")}


def _event(item: Searched, places, glossary: set[str], key: str) -> tuple[SearchEvent, str]:
    params = item.params
    postcodes, names = places
    nis = postcodes.get(params.postcode) if params.postcode else None
    if nis is None and params.municipality:
        nis = names.get(params.municipality.lower())
    words = anonymise.normalised(params.q)
    return SearchEvent(
        day=item.day,
        week=anonymise.iso_week(item.day),
        origin=item.origin,
        language=item.language,
        municipality_id=nis,
        radius_km=round(params.effective_radius_km) if nis else None,
        offer_type=",".join(params.types),
        level=",".join(params.levels),
        daypart=params.daypart,
        filters=_filters(params),
        result_count=item.count,
        zero_result=item.count == 0,
        relaxed=bool(item.relaxed),
        relaxed_steps=list(item.relaxed),
        has_query=bool(words),
        query_hash=anonymise.keyed_hash(key, words),
        query_text=words if words in glossary else "",
    ), words


def write_events(items: list[Searched]) -> int:
    """Store a batch. Words used by THRESHOLD searches in an ISO week become text, on these
    events and on that week's earlier ones; below it only the keyed hash is kept."""
    key = hash_key()
    places = _place_table()
    glossary = glossary_terms()
    built = [_event(item, places, glossary, key) for item in items]
    events = [event for event, _words in built]
    words_of = {(e.week, e.query_hash): words for e, words in built if e.query_hash}
    in_batch = Counter((e.week, e.query_hash) for e in events if e.query_hash)
    with transaction.atomic():
        earlier = Counter()
        if in_batch:
            weeks = {week for week, _hash in in_batch}
            hashes = {digest for _week, digest in in_batch}
            rows = (
                SearchEvent.objects.filter(week__in=weeks, query_hash__in=hashes)
                .values_list("week", "query_hash")
                .annotate(n=Count("pk"))
            )
            earlier = Counter({(week, digest): n for week, digest, n in rows})
        for pair, count in in_batch.items():
            if count + earlier[pair] >= anonymise.THRESHOLD:
                text = words_of[pair]
                for event in events:
                    if (event.week, event.query_hash) == pair:
                        event.query_text = text
                if earlier[pair]:
                    SearchEvent.objects.filter(
                        week=pair[0], query_hash=pair[1], query_text=""
                    ).update(query_text=text)
        SearchEvent.objects.bulk_create(events)
    return len(events)


@transaction.atomic
def rollup_day(day: dt.date) -> int:
    """The day's aggregates, afresh from its events (safe to run again); returns the rows."""
    DailyDemand.objects.filter(day=day).delete()
    rows = (
        SearchEvent.objects.filter(day=day)
        .values(*DIMENSIONS, "zero_result")
        .annotate(searches=Count("pk"))
        .order_by()
    )
    DailyDemand.objects.bulk_create(DailyDemand(day=day, **row) for row in rows)
    return len(rows)


def rollup(today: dt.date | None = None) -> int:
    """Roll up every day before today that still has events (nightly, from beat)."""
    today = today or timezone.localdate()
    days = SearchEvent.objects.filter(day__lt=today).values_list("day", flat=True).distinct()
    return sum(rollup_day(day) for day in sorted(set(days)))


def events_prune(now: dt.datetime | None = None) -> int:
    """Raw events go after EVENT_DAYS; their days are rolled up first, so no count is lost."""
    today = timezone.localdate(now) if now else timezone.localdate()
    cutoff = today - retention.limit("SEARCH_EVENT_DAYS", EVENT_DAYS)
    old_days = SearchEvent.objects.filter(day__lt=cutoff).values_list("day", flat=True).distinct()
    for day in sorted(set(old_days)):
        rollup_day(day)
    count, _details = SearchEvent.objects.filter(day__lt=cutoff).delete()
    return retention.logged("retention.search_events_deleted", count, "search events")


def aggregates_prune(now: dt.datetime | None = None) -> int:
    today = timezone.localdate(now) if now else timezone.localdate()
    cutoff = anonymise.months_back(today, AGGREGATE_MONTHS)
    count, _details = DailyDemand.objects.filter(day__lt=cutoff).delete()
    ReportedGap.objects.filter(first_reported__lt=cutoff).delete()
    return retention.logged("retention.search_demand_deleted", count, "daily search aggregates")


def searches_in(first_day: dt.date, last_day: dt.date) -> dict[str, int]:
    """Searches, zero-result and relaxed searches between two days (both included)."""
    totals = DailyDemand.objects.filter(day__gte=first_day, day__lte=last_day).aggregate(
        all_searches=Sum("searches"),
        found_nothing=Sum("searches", filter=Q(zero_result=True)),
        loosened=Sum("searches", filter=Q(relaxed=True)),
    )
    return {
        "searches": totals["all_searches"] or 0,
        "zero_result": totals["found_nothing"] or 0,
        "relaxed": totals["loosened"] or 0,
    }
