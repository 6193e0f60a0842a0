"""The offer search on the database (no engine, e.g. `make run`): same filters, facets,
distances and relaxation, simpler relevance. Text and place narrow the rows in SQL; facets,
distances and sorting run over the remaining rows in Python."""

from __future__ import annotations

import datetime as dt
import math

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language

from aanbod import schedule as schedule_logic
from aanbod.models import OfferDate, OfferPage, OfferWeeklySlot
from aanbod.selectors import offer_list_public
from search.offers import text_table
from search.offers.backends import RawOutcome
from search.offers.editorial import glossary_expansions
from search.offers.hits import distance_km, hit_from_offer
from search.offers.params import BOOLEAN_FILTERS
from search.offers.query_body import LEVEL_VALUES, searched_languages
from search.offers.relax import SearchPlan
from search.offers.results import FACETS, OfferHit
from search.text import query_groups

NAME = "database"
# Each word is a LIKE on a few columns: longer searches use their first words only.
MAX_DATABASE_WORDS = 8
ROW_FIELDS = (
    "pk",
    "offer_type",
    "format",
    "weekdays",
    "day_parts",
    "cost_free",
    "childcare",
    "wheelchair_accessible",
    "language_friendly_label",
    "low_literacy_friendly",
    "counts_for_participation",
    "support_languages",
    "latitude",
    "longitude",
    "next_occurrence",
    "title",
)
BOOLEAN_COLUMNS = {
    "free": "cost_free",
    "childcare": "childcare",
    "wheelchair": "wheelchair_accessible",
    "language_friendly": "language_friendly_label",
    "low_literacy": "low_literacy_friendly",
    "participation": "counts_for_participation",
}


def _text_filter(plan: SearchPlan, language: str) -> Q:
    """The offers whose words hold the query's, through the text table (FTS5 trigram or
    pg_trgm): a glossary word also finds the Dutch words it stands for (as on the engine), and
    a misspelt word the known words within the engine's AUTO fuzziness."""
    text = " ".join(plan.params.q.split()[:MAX_DATABASE_WORDS])
    groups = query_groups(text, glossary_expansions(), text_table.corrections(text))
    columns = [*searched_languages(plan, language), "place"]
    return Q(pk__in=text_table.matching_ids(groups, columns, every=not plan.loose_text))


def _near_filter(point, radius_km: float) -> Q:
    """A box around the point, so SQL drops far rows before Python measures the rest."""
    lat_span = radius_km / 111.0
    lon_span = radius_km / (111.0 * max(math.cos(math.radians(point[0])), 0.01))
    return Q(
        latitude__range=(point[0] - lat_span, point[0] + lat_span),
        longitude__range=(point[1] - lon_span, point[1] + lon_span),
    ) & ~Q(format="online")


def _links(through, column: str, ids_query) -> dict[int, set[str]]:
    found: dict[int, set[str]] = {}
    for offer_id, value in through.objects.filter(offerpage_id__in=ids_query).values_list(
        "offerpage_id", column
    ):
        found.setdefault(offer_id, set()).add(value)
    return found


def _in_window(ids: list[int], date_from, date_to) -> set[int]:
    """Offers with a session in the date range, or with no fixed times at all."""

    slots: dict[int, list] = {}
    for row in OfferWeeklySlot.objects.filter(offer_id__in=ids):
        if row.end > row.start:
            slots.setdefault(row.offer_id, []).append(
                schedule_logic.WeeklySlot(row.weekday, row.start, row.end)
            )
    dates: dict[int, list] = {}
    for offer_id, day in OfferDate.objects.filter(offer_id__in=ids).values_list("offer_id", "date"):
        dates.setdefault(offer_id, []).append(day)
    today = timezone.localdate()
    start = max(date_from or today, today)
    end = date_to or start + dt.timedelta(days=366)
    keep = set()
    for offer_id, first, last in OfferPage.objects.filter(pk__in=ids).values_list(
        "pk", "start_date", "end_date"
    ):
        if offer_id not in slots and offer_id not in dates:
            keep.add(offer_id)
            continue
        if first and last and last < first:
            first, last = last, first
        schedule = schedule_logic.Schedule(
            first, last, tuple(slots.get(offer_id, ())), tuple(dates.get(offer_id, ()))
        )
        upcoming = schedule_logic.next_occurrences(
            schedule, after=dt.datetime.combine(start, dt.time.min), limit=1
        )
        if upcoming and upcoming[0].day <= end:
            keep.add(offer_id)
    return keep


class DatabaseBackend:
    name = NAME

    def _rows(self, plan: SearchPlan, language: str, point) -> list[dict]:
        params = plan.params
        offers = offer_list_public().order_by()
        if params.q:
            offers = offers.filter(_text_filter(plan, language))
        if point is not None and params.format != "online":
            near = _near_filter(point, params.effective_radius_km)
            offers = offers.filter(near | Q(format="online") if params.include_online else near)
        rows = [
            dict(zip(ROW_FIELDS, values, strict=True)) for values in offers.values_list(*ROW_FIELDS)
        ]
        if point is not None:
            for row in rows:
                row["distance"] = distance_km(point, row["latitude"], row["longitude"])
            if params.format != "online":
                rows = [
                    row
                    for row in rows
                    if (
                        row["distance"] is not None
                        and row["distance"] <= params.effective_radius_km
                    )
                    or (params.include_online and row["format"] == "online")
                ]
        if params.date_from or params.date_to:
            keep = _in_window([row["pk"] for row in rows], params.date_from, params.date_to)
            rows = [row for row in rows if row["pk"] in keep]
        ids = offers.values("pk")
        levels = _links(OfferPage.dutch_levels.through, "dutchlevel_id", ids)
        themes = _links(OfferPage.themes.through, "theme__slug", ids)
        groups = _links(OfferPage.target_groups.through, "targetgroup__slug", ids)
        for row in rows:
            row["levels"] = levels.get(row["pk"], set())
            row["themes"] = themes.get(row["pk"], set())
            row["target_groups"] = groups.get(row["pk"], set())
            row["support"] = {
                code.strip() for code in row["support_languages"].split(",") if code.strip()
            }
        return rows

    @staticmethod
    def _predicates(plan: SearchPlan) -> dict:
        params = plan.params
        found = {}
        if params.types:
            found["type"] = lambda row: row["offer_type"] in params.types
        if params.levels:
            found["level"] = lambda row: (
                not row["levels"] or bool(row["levels"] & set(params.levels))
            )
        if params.format:
            found["format"] = lambda row: row["format"] == params.format
        if params.weekday is not None:
            found["weekday"] = lambda row: params.weekday in (row["weekdays"] or [])
        if params.daypart:
            found["daypart"] = lambda row: params.daypart in (row["day_parts"] or [])
        for name in BOOLEAN_FILTERS:
            value = getattr(params, name)
            if value is not None:
                column = BOOLEAN_COLUMNS[name]
                found[name] = lambda row, c=column, v=value: row[c] == v
        if params.support_language:
            found["support_language"] = lambda row: params.support_language in row["support"]
        if params.target_group:
            found["target_group"] = lambda row: params.target_group in row["target_groups"]
        if params.theme:
            found["theme"] = lambda row: params.theme in row["themes"]
        return found

    @staticmethod
    def _values(name: str, row: dict) -> list[str]:
        if name == "type":
            return [row["offer_type"]]
        if name == "level":
            return list(LEVEL_VALUES) if not row["levels"] else sorted(row["levels"])
        if name == "format":
            return [row["format"]]
        if name == "weekday":
            return [str(day) for day in row["weekdays"] or []]
        if name == "daypart":
            return list(row["day_parts"] or [])
        if name in BOOLEAN_COLUMNS:
            return ["true" if row[BOOLEAN_COLUMNS[name]] else "false"]
        if name == "support_language":
            return sorted(row["support"])
        if name == "target_group":
            return sorted(row["target_groups"])
        return sorted(row["themes"])

    def search(
        self, plan: SearchPlan, *, language: str, point, facets: bool = True, suggest=False
    ) -> RawOutcome:
        params = plan.params
        rows = self._rows(plan, language, point)
        predicates = self._predicates(plan)
        matching = [row for row in rows if all(test(row) for test in predicates.values())]
        counts: dict[str, dict[str, int]] = {}
        if facets:
            for name in FACETS:
                others = [test for other, test in predicates.items() if other != name]
                tally: dict[str, int] = {}
                for row in rows:
                    if all(test(row) for test in others):
                        for value in self._values(name, row):
                            tally[value] = tally.get(value, 0) + 1
                counts[name] = tally
        matching.sort(key=self._sort_key(plan, point))
        page = matching[params.offset : params.offset + params.page_size]
        offers = (
            OfferPage.objects.filter(pk__in=[row["pk"] for row in page])
            .select_related("municipality")
            .prefetch_related("dutch_levels", "weekly_slots", "single_dates")
        )
        by_id = {offer.pk: offer for offer in offers}
        hits = [
            hit_from_offer(by_id[row["pk"]], language=language, point=point)
            for row in page
            if row["pk"] in by_id
        ]
        return RawOutcome(count=len(matching), hits=hits, facets=counts)

    @staticmethod
    def _sort_key(plan: SearchPlan, point):
        params = plan.params
        far = float("inf")
        latest = dt.datetime.max.replace(tzinfo=dt.UTC)
        text = params.q.casefold()

        def soonest(row):
            return row["next_occurrence"] or latest

        def distance(row):
            return row.get("distance") if row.get("distance") is not None else far

        if params.sort == "distance" and point is not None:
            return lambda row: (distance(row), soonest(row), row["pk"])
        if params.sort == "next_date":
            return lambda row: (soonest(row), distance(row), row["pk"])
        # Relevance, simply: the text in the title first, then near, then soon.
        return lambda row: (
            0 if text and text in (row["title"] or "").casefold() else 1,
            min(distance(row), 1e9) // 1 if point is not None else 0,
            soonest(row),
            row["pk"],
        )

    def hit(self, page_id: int, *, language: str, point) -> OfferHit | None:
        offer = (
            offer_list_public()
            .filter(pk=page_id)
            .prefetch_related("weekly_slots", "single_dates")
            .first()
        )
        return hit_from_offer(offer, language=language, point=point) if offer else None

    def suggest(self, prefix: str, *, limit: int) -> list[str]:
        language = get_language() or "nl"
        column = f"title_{language}"
        titles = (
            offer_list_public()
            .filter(Q(**{f"{column}__istartswith": prefix}) | Q(title_nl__istartswith=prefix))
            .order_by()
            .values_list("title_nl", column)[: limit * 5]
        )
        # values_list() merges a repeated column (Dutch visitors), so read it from the end.
        found = [row[-1] or row[0] for row in titles]
        return sorted(dict.fromkeys(found), key=str.casefold)[:limit]
