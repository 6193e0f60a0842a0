"""One demo matching run with its suggestions moved through the workflow, so the cockpit has
real states. No e-mails: the demo people are synthetic."""

from __future__ import annotations

import datetime as dt
import random

from django.utils import timezone

from buddy.models import Exclusion, MatchingRun, Proposal
from buddy.services import runs, transitions

# Share of the suggestions per final demo state, in order of the run's assignments.
PLAN = [
    ("suggested", 0.25),
    ("proposed", 0.2),
    ("volunteer_accepted", 0.15),
    ("volunteer_declined", 0.1),
    ("active", 0.15),
    ("ended", 0.05),
    ("expired", 0.1),
]
PATHS = {
    "suggested": [],
    "proposed": ["send"],
    "volunteer_accepted": ["send", "volunteer_accept"],
    "volunteer_declined": ["send", "volunteer_decline"],
    "active": ["send", "volunteer_accept", "local_accept"],
    "ended": ["send", "volunteer_accept", "local_accept", "end"],
    "expired": ["send", "expire"],
}


def matching_run_ensure(rng: random.Random) -> MatchingRun:
    existing = MatchingRun.objects.order_by("pk").first()
    if existing is not None:
        return existing
    run = runs.create_suggestions(actor=None)
    proposals = list(run.proposals.order_by("pk"))
    now = timezone.now()
    start = 0
    for state, share in PLAN:
        count = round(len(proposals) * share)
        for proposal in proposals[start : start + count]:
            days = rng.randint(15, 30) if state == "expired" else rng.randint(0, 12)
            _walk(proposal, PATHS[state], now - dt.timedelta(days=days))
        start += count
    return run


def _walk(proposal: Proposal, steps: list[str], sent: dt.datetime) -> None:
    for step in steps:
        if step == "send":
            proposal.sent_at = sent
            proposal.expires_at = sent + dt.timedelta(days=14)
        elif step == "volunteer_accept":
            proposal.volunteer_decided_at = sent + dt.timedelta(days=2)
        elif step == "volunteer_decline":
            proposal.decline_reason = "no_time"
        elif step == "local_accept":
            proposal.local_decided_at = sent + dt.timedelta(days=4)
            if proposal.initiative.requires_conduct_certificate:
                proposal.conduct_checked_on = (sent + dt.timedelta(days=3)).date()
                proposal.conduct_result = "ok"
        elif step == "end":
            proposal.ended_at = sent + dt.timedelta(days=10)
            proposal.end_reason = "completed"
        role = (
            "volunteer"
            if step.startswith("volunteer")
            else "system"
            if step == "expire"
            else "coordinator"
        )
        transitions.apply(proposal, step, role=role, reason="demo")
        if step == "volunteer_decline":
            Exclusion.objects.get_or_create(
                candidate=proposal.candidate,
                initiative=proposal.initiative,
                overridden_at=None,
                defaults={"proposal": proposal, "reason": "volunteer: no_time"},
            )
