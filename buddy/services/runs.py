"""Matching runs: build the scenario, ask the engine, store its answer as suggestions to review."""

from __future__ import annotations

import time

from django.db import transaction

from buddy import selectors
from buddy.matching import run_scenario
from buddy.models import Candidate, InitiativePage, MatchingRun, Proposal


def preview() -> dict:
    """The engine's answer for the current pool, without storing anything."""
    scenario = selectors.scenario_build()
    started = time.perf_counter()
    result = run_scenario(scenario)
    result["duration_ms"] = round((time.perf_counter() - started) * 1000)
    result["candidate_count"] = len(scenario["candidates"])
    result["initiative_count"] = len(scenario["initiatives"])
    return result


def _pk(ref: str) -> int:
    return int(ref[1:])


def named(result: dict) -> list[dict]:
    """Assignments with their candidate and initiative objects, for the review screen."""
    assignments = result.get("assignments", [])
    candidates = Candidate.objects.in_bulk([_pk(a["candidate"]) for a in assignments])
    initiatives = InitiativePage.objects.select_related("municipality").in_bulk(
        [_pk(a["initiative"]) for a in assignments]
    )
    return [
        {
            **a,
            "candidate_obj": candidates.get(_pk(a["candidate"])),
            "initiative_obj": initiatives.get(_pk(a["initiative"])),
        }
        for a in assignments
    ]


@transaction.atomic
def create_suggestions(*, actor) -> MatchingRun:
    """Run the engine and store each assignment as a suggestion for a coordinator to review."""
    result = preview()
    run = MatchingRun.objects.create(
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
        weights_version=result.get("weights_version", ""),
        objective=result.get("objective", 0),
        candidate_count=result["candidate_count"],
        initiative_count=result["initiative_count"],
        assignment_count=len(result.get("assignments", [])),
        duration_ms=result["duration_ms"],
    )
    Proposal.objects.bulk_create(
        [
            Proposal(
                run=run,
                candidate_id=_pk(a["candidate"]),
                initiative_id=_pk(a["initiative"]),
                score=a["score"],
                reasons=a.get("reasons", {}),
                weights_version=run.weights_version,
            )
            for a in result.get("assignments", [])
        ]
    )
    return run
