"""Queries of the buddy app: role-scoped lists, the funnel, and the scenario for the engine."""

from __future__ import annotations

import datetime as dt
from statistics import median

from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from buddy.models import Candidate, Exclusion, InitiativePage, Proposal, contact_shared_q
from buddy.permissions import is_agency
from buddy.states import PROPOSAL_OPEN

MATCHABLE = [Candidate.Status.AVAILABLE]


def initiatives_for(user) -> QuerySet[InitiativePage]:
    qs = InitiativePage.objects.select_related("municipality", "coordinator")
    if is_agency(user):
        return qs
    return qs.filter(coordinator=user) if user.is_authenticated else qs.none()


def proposals_for(user) -> QuerySet[Proposal]:
    """The agency sees every proposal; a local coordinator those to their initiatives that a
    coordinator has sent (suggestions under review are the agency's business)."""
    qs = Proposal.objects.select_related("candidate", "initiative", "initiative__municipality")
    if is_agency(user):
        return qs
    return qs.filter(initiative__in=initiatives_for(user)).exclude(
        state__in=["suggested", "discarded"]
    )


def candidates_for(user) -> QuerySet[Candidate]:
    """The whole pool for the agency; for a local coordinator only the candidates who
    accepted a proposal to one of their initiatives (before that, no personal data), until
    BUDDY_CONTACT_VISIBLE_DAYS after a local "no" or the end."""
    qs = Candidate.objects.select_related("municipality")
    if is_agency(user):
        return qs
    shared = proposals_for(user).filter(contact_shared_q())
    return qs.filter(pk__in=shared.values("candidate_id"))


def funnel(user) -> dict:
    """Counts registered → confirmed → proposed → accepted → active → ended, within scope."""
    proposals = proposals_for(user)
    if is_agency(user):
        candidates = Candidate.objects.all()
        registered = candidates.count()
        confirmed = candidates.filter(confirmed_at__isnull=False).count()
    else:
        registered = confirmed = None
    states = dict(proposals.values_list("state").annotate(n=Count("pk")))
    accepted_states = ["volunteer_accepted", "active", "local_declined", "ended"]
    return {
        "registered": registered,
        "confirmed": confirmed,
        "suggested": states.get("suggested", 0),
        "proposed": proposals.filter(sent_at__isnull=False).count(),
        "accepted": sum(states.get(s, 0) for s in accepted_states),
        "active": states.get("active", 0),
        "ended": states.get("ended", 0),
        "declined": states.get("volunteer_declined", 0) + states.get("local_declined", 0),
        "expired": states.get("expired", 0),
        "waiting_volunteer": states.get("proposed", 0),
        "waiting_local": states.get("volunteer_accepted", 0),
    }


def waiting_times(user, now: dt.datetime | None = None) -> dict:
    """Median days: confirmed candidates still without a proposal, and proposals per stage."""
    now = now or timezone.now()
    result = {}
    if is_agency(user):
        waiting = Candidate.objects.filter(status__in=MATCHABLE).exclude(
            proposals__state__in=PROPOSAL_OPEN
        )
        days = [(now - c).days for c in waiting.values_list("confirmed_at", flat=True) if c]
        result["without_proposal"] = {
            "count": len(days),
            "median_days": median(days) if days else 0,
        }
    for label, state, since in [
        ("volunteer", "proposed", "sent_at"),
        ("local", "volunteer_accepted", "volunteer_decided_at"),
    ]:
        days = [
            (now - t).days
            for t in proposals_for(user).filter(state=state).values_list(since, flat=True)
            if t
        ]
        result[label] = {"count": len(days), "median_days": median(days) if days else 0}
    return result


def _slots(values: list[str]) -> list[dict]:
    out = []
    for value in values:
        day, _sep, part = value.partition("-")
        out.append({"weekday": int(day), "daypart": part})
    return out


def scenario_build(now: dt.datetime | None = None) -> dict:
    """The engine's input (the issue's scenario contract) from the database.

    Free capacity only: places taken by open proposals are subtracted on both sides, and a
    pair with an open proposal or an active exclusion is excluded.
    """
    now = now or timezone.now()
    open_q = Q(proposals__state__in=PROPOSAL_OPEN)
    candidates = (
        Candidate.objects.filter(status__in=MATCHABLE, latitude__isnull=False)
        .annotate(open_count=Count("proposals", filter=open_q))
        .order_by("pk")
    )
    initiatives = (
        InitiativePage.objects.live()
        .filter(accepting=True)
        .select_related("municipality")
        .prefetch_related("required_languages")
        .annotate(open_count=Count("proposals", filter=open_q))
        .order_by("pk")
    )
    scenario = {"candidates": [], "initiatives": [], "exclusions": []}
    for c in candidates:
        free = c.capacity - c.open_count
        if free <= 0:
            continue
        since = c.confirmed_at or c.created_at
        scenario["candidates"].append(
            {
                "id": f"c{c.pk}",
                "lat": c.latitude,
                "lon": c.longitude,
                "max_km": c.max_km,
                "languages": dict(c.languages),
                "interests": list(c.interests),
                "availability": _slots(c.availability),
                "capacity": free,
                "waiting_days": max(0, (now - since).days),
                "buddy_kinds": list(c.buddy_kinds),
                "paused": False,
            }
        )
    for i in initiatives:
        free = i.capacity - i.open_count
        if free <= 0:
            continue
        scenario["initiatives"].append(
            {
                "id": f"i{i.pk}",
                "lat": i.municipality.latitude,
                "lon": i.municipality.longitude,
                "reach_km": i.reach_km,
                "capacity": free,
                "required_languages": {r.language: r.min_level for r in i.required_languages.all()},
                "preferred_languages": list(i.preferred_languages),
                "themes": list(i.themes),
                "availability": _slots(i.availability),
                "buddy_kind": i.buddy_kind,
            }
        )
    pairs = set(
        Exclusion.objects.filter(overridden_at__isnull=True).values_list(
            "candidate_id", "initiative_id"
        )
    )
    pairs |= set(
        Proposal.objects.filter(state__in=PROPOSAL_OPEN, candidate__isnull=False).values_list(
            "candidate_id", "initiative_id"
        )
    )
    scenario["exclusions"] = [[f"c{c}", f"i{i}"] for c, i in sorted(pairs)]
    return scenario
