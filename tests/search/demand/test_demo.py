"""The demo seeds a quarter of synthetic demand, so the gap view shows real shapes."""

import datetime as dt

import pytest
from django.db.models import Max, Min, Sum
from django.utils import timezone

from portal.models import TargetGroupFigure
from search.demand import demo, report
from search.demand.models import DailyDemand

pytestmark = pytest.mark.django_db


def test_a_quarter_of_demand_with_a_gap_in_genk(places):
    demo.generate(seed=42)
    today = timezone.localdate()
    span = DailyDemand.objects.aggregate(first=Min("day"), last=Max("day"))
    assert span["first"] >= today - dt.timedelta(days=demo.DAYS)
    assert span["last"] == today - dt.timedelta(days=1)
    assert (span["last"] - span["first"]).days >= 80
    total = DailyDemand.objects.aggregate(n=Sum("searches"))["n"]
    demo.generate(seed=42)  # again: the same counts, nothing doubled
    assert DailyDemand.objects.aggregate(n=Sum("searches"))["n"] == total
    assert TargetGroupFigure.objects.filter(municipality__name_nl="Genk").exists()
    found = report.build(None, report.Filters(days=90))
    assert any(gap.place.name == "Genk" and gap.level == "A1" for gap in found.gaps[:5])
