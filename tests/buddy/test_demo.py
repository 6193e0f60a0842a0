"""The demo step: 30 initiatives, 200 candidates, a matching run in real states; idempotent."""

import pytest

from buddy import factories
from buddy.models import Candidate, InitiativePage, MatchingRun, Proposal

pytestmark = pytest.mark.django_db


def test_generate_twice_gives_the_same_demo(demo_site, places):
    factories.generate(seed=42, home=demo_site)
    counts = (InitiativePage.objects.count(), Candidate.objects.count(), Proposal.objects.count())
    states = set(Proposal.objects.values_list("state", flat=True))
    factories.generate(seed=42, home=demo_site)
    assert counts == (
        InitiativePage.objects.count(),
        Candidate.objects.count(),
        Proposal.objects.count(),
    )
    assert counts[0] == 30 and counts[1] == 200 and counts[2] > 40
    assert MatchingRun.objects.count() == 1
    assert {"suggested", "proposed", "volunteer_accepted", "active", "ended", "expired"} <= states
    assert InitiativePage.objects.filter(coordinator__isnull=False).count() == 30
    assert Candidate.objects.values("municipality").distinct().count() > 10
