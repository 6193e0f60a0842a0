"""Reads of the gap insight: who sees which municipalities, supply, demand and target groups."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from decimal import Decimal

from django.db.models import Q, Sum

from aanbod.models import OrganisationPage
from aanbod.permissions import MODERATORS_GROUP
from aanbod.selectors import offer_list_public
from portal.models import Municipality, ReferenceRegion
from portal.regions import latest_figures
from search.demand import gaps
from search.demand.models import DailyDemand

ALL_GAPS = "search_demand.view_all_gaps"


def visible_municipalities(user) -> set[str] | None:
    """NIS codes the user may see; None for the agency (every municipality). A local
    authority's editors see the municipalities their organisation serves, as in aanbod."""
    if not user.is_authenticated or not user.is_active:
        return set()
    if user.is_superuser or user.has_perm(ALL_GAPS):
        return None
    if user.groups.filter(name=MODERATORS_GROUP).exists():
        return None
    served = OrganisationPage.objects.filter(
        kind="local_authority", editors_group__in=user.groups.all()
    ).values_list("municipalities__nis", flat=True)
    return {nis for nis in served if nis}


def may_view(user) -> bool:
    scope = visible_municipalities(user)
    return scope is None or bool(scope)


def municipalities(scope: set[str] | None, *, region: str = "", nis: str = ""):
    found = Municipality.objects.order_by("name_nl")
    if scope is not None:
        found = found.filter(nis__in=scope)
    if region:
        found = found.filter(reference_regions__code=region)
    if nis:
        found = found.filter(nis=nis)
    return found


def regions(scope: set[str] | None):
    found = ReferenceRegion.objects.order_by("name")
    if scope is not None:
        found = found.filter(municipalities__nis__in=scope).distinct()
    return found


def region_of() -> dict[str, str]:
    return dict(ReferenceRegion.municipalities.through.objects.values_list(
        "municipality_id", "referenceregion__name"
    ))  # fmt: skip


def offers() -> list[tuple[str | None, gaps.Offer, bool, Decimal | None]]:
    """Live public offers: (municipality NIS, the offer as gaps sees it, counts for the
    participation trajectory, hours)."""
    rows = offer_list_public().prefetch_related(None).order_by().values_list(
        "pk", "municipality_id", "offer_type", "day_parts", "latitude", "longitude",
        "counts_for_participation", "hours_total", "dutch_levels__code",
    )  # fmt: skip
    levels: dict[int, list[str]] = defaultdict(list)
    seen: dict[int, tuple] = {}
    for pk, nis, kind, parts, lat, lon, participation, hours, level in rows:
        seen[pk] = (nis, kind, tuple(parts or ()), lat, lon, participation, hours)
        if level:
            levels[pk].append(level)
    return [
        (nis, gaps.Offer(kind, tuple(sorted(levels[pk])), parts, lat, lon), participation, hours)
        for pk, (nis, kind, parts, lat, lon, participation, hours) in seen.items()
    ]


def supply(offer_rows, nis_codes: set[str]) -> dict[str, dict]:
    """Per municipality: live offers, by type, Dutch level and day part, participation hours."""
    found: dict[str, dict] = {}
    for nis, offer, participation, hours in offer_rows:
        if nis not in nis_codes:
            continue
        row = found.setdefault(
            nis, {"offers": 0, "type": Counter(), "level": Counter(), "daypart": Counter(),
                  "participation_hours": Decimal(0)}
        )  # fmt: skip
        row["offers"] += 1
        row["type"][offer.offer_type] += 1
        row["level"].update(offer.levels or ("all",))
        row["daypart"].update(offer.day_parts)
        if participation and hours:
            row["participation_hours"] += hours
    return found


def demand_rows(nis_codes: set[str], first_day: dt.date, last_day: dt.date, **chosen):
    """The daily aggregates of the period for these municipalities, as gaps.Demand rows."""
    rows = DailyDemand.objects.filter(
        day__gte=first_day, day__lte=last_day, municipality_id__in=nis_codes
    )
    for name in ("offer_type", "level", "daypart"):
        if chosen.get(name):
            rows = rows.filter(**{f"{name}__contains": chosen[name]})
    grouped = (
        rows.values("municipality_id", "offer_type", "level", "daypart")
        .annotate(
            total=Sum("searches"),
            zero=Sum("searches", filter=Q(zero_result=True)),
            relaxed_count=Sum("searches", filter=Q(relaxed=True)),
        )
        .order_by()
    )
    return [
        gaps.Demand(
            row["municipality_id"],
            row["offer_type"],
            row["level"],
            row["daypart"],
            row["total"],
            row["zero"] or 0,
            row["relaxed_count"] or 0,
        )  # fmt: skip
        for row in grouped
    ]


def demand_totals(rows: list[gaps.Demand]) -> dict[str, dict]:
    found: dict[str, dict] = {}
    for row in rows:
        total = found.setdefault(
            row.nis, {"searches": 0, "zero_result": 0, "relaxed": 0, "type": Counter(),
                      "level": Counter(), "daypart": Counter()}
        )  # fmt: skip
        total["searches"] += row.searches
        total["zero_result"] += row.zero_result
        total["relaxed"] += row.relaxed
        for name, value in (("type", row.offer_type), ("level", row.level),
                            ("daypart", row.daypart)):  # fmt: skip
            for part in value.split(","):
                if part:
                    total[name][part] += row.searches
    return found


def target_groups(nis_codes: set[str]) -> dict[str, dict[str, int]]:
    return latest_figures(nis_codes)
