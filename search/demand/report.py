"""The gap insight as rows for the admin page, the CSV and the weekly digest."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from portal.models import TargetGroupFigure
from search.demand import gaps, selectors
from search.offers import labels

PERIODS = (30, 90, 365)


@dataclass(frozen=True)
class Filters:
    days: int = 30
    region: str = ""
    nis: str = ""
    offer_type: str = ""
    level: str = ""
    daypart: str = ""

    def describe(self) -> str:
        parts = [f"{self.days}d", self.region, self.nis, self.offer_type, self.level, self.daypart]
        return " ".join(part for part in parts if part)


@dataclass
class Report:
    filters: Filters
    first_day: dt.date
    last_day: dt.date
    places: list[dict] = field(default_factory=list)
    regions: list[dict] = field(default_factory=list)
    gaps: list[gaps.Gap] = field(default_factory=list)


def _label(name: str, value: str) -> str:
    if not value:
        return ""
    names = labels.facet_labels(name, value.split(","))
    return " / ".join(str(names.get(part, part)) for part in value.split(","))


def sentence(gap: gaps.Gap, days: int) -> str:
    """ "A1 evening practice near Genk: 48 searches in 30 days, 0 offers within 10 km." """
    what = " ".join(
        part
        for part in (
            _label("level", gap.level),
            _label("daypart", gap.daypart),
            _label("type", gap.offer_type) or _("any offer"),
        )
        if part
    )
    searches = ngettext(
        "%(count)d search in %(days)d days", "%(count)d searches in %(days)d days", gap.searches
    ) % {"count": gap.searches, "days": days}
    offers = ngettext(
        "%(count)d offer within %(km)d km", "%(count)d offers within %(km)d km", gap.offers_near
    ) % {"count": gap.offers_near, "km": gap.radius_km}
    return _("%(what)s near %(place)s: %(searches)s, %(offers)s.") % {
        "what": what[:1].upper() + what[1:],
        "place": gap.place.name,
        "searches": searches,
        "offers": offers,
    }


def _counter_text(name: str, counter) -> str:
    every_level = _("all levels")
    return ", ".join(
        f"{_label(name, value) if value != 'all' else every_level} {count}"
        for value, count in counter.most_common()
    )


def build(scope: set[str] | None, filters: Filters, today: dt.date | None = None) -> Report:
    today = today or timezone.localdate()
    last_day = today - dt.timedelta(days=1)  # aggregates run to yesterday
    first_day = today - dt.timedelta(days=filters.days)
    report = Report(filters, first_day, last_day)
    municipalities = list(selectors.municipalities(scope, region=filters.region, nis=filters.nis))
    nis_codes = {m.nis for m in municipalities}
    offer_rows = selectors.offers()
    supply = selectors.supply(offer_rows, nis_codes)
    rows = selectors.demand_rows(
        nis_codes, first_day, last_day,
        offer_type=filters.offer_type, level=filters.level, daypart=filters.daypart,
    )  # fmt: skip
    demand = selectors.demand_totals(rows)
    figures = selectors.target_groups(nis_codes)
    region_names = selectors.region_of()
    group_names = dict(TargetGroupFigure.Group.choices)
    regions: dict[str, dict] = {}
    for municipality in municipalities:
        offered = supply.get(municipality.nis, {})
        asked = demand.get(municipality.nis, {})
        groups = figures.get(municipality.nis, {})
        row = {
            "nis": municipality.nis,
            "name": str(municipality),
            "region": region_names.get(municipality.nis, ""),
            "target_group": sum(groups.values()),
            "target_groups": ", ".join(f"{group_names.get(g, g)} {n}" for g, n in groups.items()),
            "offers": offered.get("offers", 0),
            "offers_by_type": _counter_text("type", offered.get("type", Counter())),
            "offers_by_level": _counter_text("level", offered.get("level", Counter())),
            "offers_by_daypart": _counter_text("daypart", offered.get("daypart", Counter())),
            "participation_hours": offered.get("participation_hours", 0),
            "searches": asked.get("searches", 0),
            "zero_result": asked.get("zero_result", 0),
            "relaxed": asked.get("relaxed", 0),
            "searches_by_type": _counter_text("type", asked.get("type", Counter())),
            "searches_by_level": _counter_text("level", asked.get("level", Counter())),
            "searches_by_daypart": _counter_text("daypart", asked.get("daypart", Counter())),
        }
        report.places.append(row)
        total = regions.setdefault(
            row["region"], {"name": row["region"], "municipalities": 0, "target_group": 0,
                            "offers": 0, "participation_hours": 0, "searches": 0,
                            "zero_result": 0, "relaxed": 0}
        )  # fmt: skip
        total["municipalities"] += 1
        for name in ("target_group", "offers", "participation_hours", "searches"):
            total[name] += row[name]
        total["zero_result"] += row["zero_result"]
        total["relaxed"] += row["relaxed"]
    report.regions = sorted(regions.values(), key=lambda region: region["name"])
    places = {m.nis: gaps.Place(m.nis, str(m), m.latitude, m.longitude) for m in municipalities}
    report.gaps = gaps.rank(rows, places, [offer for _nis, offer, _p, _h in offer_rows])
    return report
