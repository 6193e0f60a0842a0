"""Scores, their breakdown ("why this match") and versioned weights."""

import pytest
from hypothesis import given, settings

from buddy.matching import (
    DEFAULT_WEIGHTS_VERSION,
    Candidate,
    Initiative,
    Proposal,
    Weights,
    feasible_pairs,
    parse_scenario,
    run_scenario,
    solve,
)
from tests.hypothesis_profiles import examples

from .matching_oracle import cand, init, km_east, oracle_score, random_scenario, scenarios, seeded

CRITERIA = ["preferred_language", "interests", "availability", "nearness", "waiting_time"]


def test_a_pair_worked_out_by_hand():
    candidate = cand(
        languages={"nl": "native", "ar": "B2"},  # ar B2 = rank 4 of 7
        interests=["Sport", "cooking"],
        availability=[{"weekday": 2, "daypart": "evening"}, {"weekday": 5, "daypart": "morning"}],
        max_km=10,
        waiting_days=90,
    )
    initiative = init(
        lon=km_east(2.5),
        preferred_languages=["uk", "ar"],
        themes=["sport", "culture", "games", "cooking"],
        availability=[{"weekday": 2, "daypart": "evening"}, {"weekday": 5, "daypart": "morning"}],
    )
    out = run_scenario({"candidates": [candidate], "initiatives": [initiative]})
    (assignment,) = out["assignments"]
    reasons = assignment["reasons"]
    assert reasons["preferred_language"]["value"] == pytest.approx(4 / 7, abs=1e-4)
    assert reasons["preferred_language"]["languages"] == {"ar": "B2"}
    assert reasons["interests"]["value"] == pytest.approx(2 / 3, abs=1e-4)  # 2 of max 3
    assert reasons["interests"]["common"] == ["cooking", "sport"]
    assert reasons["availability"]["value"] == pytest.approx(2 / 3, abs=1e-4)
    assert len(reasons["availability"]["common_slots"]) == 2
    assert reasons["nearness"]["distance_km"] == pytest.approx(2.5, abs=0.01)
    assert reasons["nearness"]["value"] == pytest.approx(0.75, abs=1e-3)
    assert reasons["waiting_time"]["value"] == 0.5
    expected = 0.01 + 0.99 * (0.25 * 4 / 7 + 0.25 * 2 / 3 + 0.15 * 2 / 3 + 0.20 * 0.75 + 0.15 * 0.5)
    assert assignment["score"] == pytest.approx(expected, abs=1e-4)
    assert out["objective"] == assignment["score"]
    assert out["weights_version"] == DEFAULT_WEIGHTS_VERSION
    explanation = assignment["explanation"]
    assert explanation.startswith(f"Score {assignment['score']:.2f}: speaks ar (B2)")
    assert "shares 2 of 4 themes (cooking, sport)" in explanation
    assert "2.5 km away (limit 10 km)" in explanation


@settings(max_examples=examples(80), deadline=None, database=None)
@given(scenarios(max_candidates=5, max_initiatives=4, loose=True))
def test_every_score_follows_the_documented_formula(data):
    out = run_scenario(data, dump_pairs=True)
    weights = data.get("weights")
    values = tuple(weights[name] for name in CRITERIA) if weights else None
    people = {p["id"]: p for p in data["candidates"] + data["initiatives"]}
    for pair in out["feasible_pairs"]:
        c, i = people[pair["candidate"]], people[pair["initiative"]]
        expected = oracle_score(c, i, values) if values else oracle_score(c, i)
        assert pair["score"] == pytest.approx(expected, abs=2e-6)
        assert 0 < pair["score"] <= 1


@pytest.mark.parametrize("seed", range(5))
def test_reasons_add_up_to_the_score(seed):
    out = run_scenario(random_scenario(seeded(seed), 20, 6, loose=True))
    assert out["assignments"]
    for assignment in out["assignments"]:
        reasons = assignment["reasons"]
        assert list(reasons) == CRITERIA
        points = sum(reasons[name]["points"] for name in CRITERIA)
        assert 0.01 + points == pytest.approx(assignment["score"], abs=1e-5)
        for name in CRITERIA:
            assert 0 <= reasons[name]["value"] <= 1


def test_no_wish_on_a_criterion_counts_as_neutral():
    out = run_scenario(
        {"candidates": [cand()], "initiatives": [init(preferred_languages=[], themes=[])]}
    )
    reasons = out["assignments"][0]["reasons"]
    assert reasons["preferred_language"]["value"] == 0.5
    assert reasons["interests"]["value"] == 0.5


def test_weights_change_who_is_proposed_and_the_version():
    near = cand("near", lon=km_east(0.5), waiting_days=0)
    waited = cand("waited", lon=km_east(9), waiting_days=365)
    base = {"candidates": [near, waited], "initiatives": [init()]}
    by_nearness = run_scenario(base | {"weights": dict.fromkeys(CRITERIA, 0) | {"nearness": 1}})
    by_waiting = run_scenario(base | {"weights": dict.fromkeys(CRITERIA, 0) | {"waiting_time": 1}})
    assert by_nearness["assignments"][0]["candidate"] == "near"
    assert by_waiting["assignments"][0]["candidate"] == "waited"
    assert by_nearness["weights_version"].startswith("custom-")
    assert by_nearness["weights_version"] != by_waiting["weights_version"]
    # The derived version depends only on the values, so a rerun gets the same one.
    again = run_scenario(base | {"weights": dict.fromkeys(CRITERIA, 0) | {"nearness": 1}})
    assert again["weights_version"] == by_nearness["weights_version"]


def test_weights_are_relative_and_can_name_their_version():
    doubled = {"preferred_language": 0.5, "interests": 0.5, "availability": 0.3}
    doubled |= {"nearness": 0.4, "waiting_time": 0.3, "version": "agency-2027-spring"}
    data = {"candidates": [cand()], "initiatives": [init()]}
    default = run_scenario(data)
    named = run_scenario(data | {"weights": doubled})
    assert named["weights_version"] == "agency-2027-spring"
    assert named["assignments"][0]["score"] == default["assignments"][0]["score"]


def test_default_weights_spelled_out_keep_the_default_version():
    weights = {"preferred_language": 0.25, "interests": 0.25, "availability": 0.15}
    weights |= {"nearness": 0.2, "waiting_time": 0.15}
    out = run_scenario({"candidates": [cand()], "initiatives": [init()], "weights": weights})
    assert out["weights_version"] == DEFAULT_WEIGHTS_VERSION
    assert Weights().version == DEFAULT_WEIGHTS_VERSION
    assert sum(Weights().normalised()) == pytest.approx(1)


def test_feasible_pairs_api_returns_scored_pairs():
    scenario = parse_scenario({"candidates": [cand()], "initiatives": [init(lon=km_east(3))]})
    (pair,) = feasible_pairs(scenario.candidates, scenario.initiatives)
    assert (pair.candidate, pair.initiative) == ("c1", "i1")
    assert pair.distance_km == pytest.approx(3, abs=0.01)
    assert len(pair.components) == len(CRITERIA)
    assert 0 < pair.score <= 1


def test_typed_api_accepts_plain_lists_and_explains():
    candidate = Candidate(
        id="c1",
        lat=51.05,
        lon=3.72,
        max_km=10,
        languages={"nl": "native"},
        availability=[(2, "evening"), (2, "evening")],  # a duplicate must not count twice
        capacity=1,
        buddy_kinds=["language", "language"],
        interests=["Sport"],
    )
    initiative = Initiative(
        id="i1",
        lat=51.05,
        lon=km_east(2),
        reach_km=None,
        capacity=1,
        availability=[(2, "evening")],
        buddy_kind="language",
        themes=["sport"],
    )
    result = solve([candidate], [initiative])
    (proposal,) = result.proposals
    assert isinstance(proposal, Proposal)
    assert proposal.reasons["interests"]["common"] == ["sport"]
    assert proposal.reasons["availability"]["value"] == pytest.approx(1 / 3, abs=1e-4)
    assert proposal.explanation.startswith("Score ")
    assert result.objective == proposal.score
    assert result.weights_version == DEFAULT_WEIGHTS_VERSION
