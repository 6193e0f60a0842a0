"""The engine's total score is the optimum (exhaustive search and LP) and results are repeatable."""

import json

import pytest
from hypothesis import given, settings

from buddy.matching import build_pair_table, parse_scenario, run_scenario, solve
from tests.hypothesis_profiles import examples

from .matching_oracle import (
    brute_force,
    cand,
    capacities,
    init,
    km_east,
    lp_optimum,
    random_scenario,
    scenarios,
    seeded,
)


def units_of(out: dict) -> list[tuple[str, str, int]]:
    return [
        (p["candidate"], p["initiative"], round(p["score"] * 1_000_000))
        for p in out["feasible_pairs"]
    ]


def objective_units(out: dict) -> int:
    return sum(round(a["score"] * 1_000_000) for a in out["assignments"])


@settings(max_examples=examples(200), deadline=None, database=None)
@given(scenarios(max_candidates=5, max_initiatives=4, loose=True))
def test_total_score_equals_the_exhaustive_optimum(data):
    out = run_scenario(data, dump_pairs=True)
    pairs = units_of(out)
    assert len(pairs) <= 20  # keeps the exhaustive search exhaustive and quick
    cap_c, cap_i = capacities(data)
    assert objective_units(out) == brute_force(pairs, cap_c, cap_i)
    assert round(out["objective"] * 1_000_000) == objective_units(out)


@pytest.mark.parametrize("seed", range(20))
def test_total_score_equals_the_lp_optimum_on_larger_scenarios(seed):
    rng = seeded(seed)
    data = random_scenario(rng, 40, 12, spread_km=20, loose=True)
    out = run_scenario(data, dump_pairs=True)
    pairs = units_of(out)
    assert len(pairs) > 60  # a real choice to make
    cap_c, cap_i = capacities(data)
    assert objective_units(out) == pytest.approx(lp_optimum(pairs, cap_c, cap_i), abs=1e-3)


@pytest.mark.parametrize("seed", range(6))
def test_exhaustive_and_lp_agree_with_engine_on_medium_scenarios(seed):
    data = random_scenario(seeded(100 + seed), 6, 4, spread_km=10, loose=True)
    out = run_scenario(data, dump_pairs=True)
    pairs, (cap_c, cap_i) = units_of(out), capacities(data)
    best = brute_force(pairs, cap_c, cap_i)
    assert objective_units(out) == best == round(lp_optimum(pairs, cap_c, cap_i))


def test_maximises_score_not_the_number_of_matches():
    # c1 fits i1 very well; c1–i2 and c2–i1 are weak. One strong match beats two weak ones.
    strong = {"waiting_days": 400, "interests": ["sport", "cooking", "games"]}
    weak = {"waiting_days": 0, "interests": [], "languages": {"nl": "B1"}}
    themes = ["sport", "cooking", "games"]
    candidates = [
        cand("c1", max_km=40, languages={"nl": "native", "ar": "native"}, **strong),
        cand("c2", max_km=40, lon=km_east(30), **weak),
    ]
    initiatives = [
        init("i1", themes=themes, lon=km_east(0)),
        init("i2", themes=["culture"], preferred_languages=["uk"], lon=km_east(-35)),
    ]
    data = {"candidates": candidates, "initiatives": initiatives}
    out = run_scenario(data, dump_pairs=True)
    scores = {(p["candidate"], p["initiative"]): p["score"] for p in out["feasible_pairs"]}
    assert set(scores) == {("c1", "i1"), ("c1", "i2"), ("c2", "i1")}
    assert scores["c1", "i1"] > scores["c1", "i2"] + scores["c2", "i1"]
    assert [(a["candidate"], a["initiative"]) for a in out["assignments"]] == [("c1", "i1")]
    assert out["unassigned_candidates"] == ["c2"]


def test_same_input_gives_the_same_output():
    data = random_scenario(seeded(7), 40, 12, spread_km=20, loose=True)
    first = json.dumps(run_scenario(data, dump_pairs=True), sort_keys=True)
    assert json.dumps(run_scenario(data, dump_pairs=True), sort_keys=True) == first


@pytest.mark.parametrize("seed", range(5))
def test_order_of_the_input_does_not_change_the_result(seed):
    data = random_scenario(seeded(seed), 25, 8, spread_km=15, loose=True)
    expected = json.dumps(run_scenario(data, dump_pairs=True), sort_keys=True)
    rng = seeded(seed + 1000)
    shuffled = json.loads(json.dumps(data))
    for key in ("candidates", "initiatives", "exclusions"):
        rng.shuffle(shuffled[key])
    for person in shuffled["candidates"] + shuffled["initiatives"]:
        rng.shuffle(person["availability"])
        for key in ("languages", "required_languages"):
            if key in person:
                person[key] = dict(reversed(list(person[key].items())))
    assert json.dumps(run_scenario(shuffled, dump_pairs=True), sort_keys=True) == expected


def test_ties_are_broken_the_same_way_every_time():
    # Identical candidates competing for one place: the result must not flip between runs.
    candidates = [cand(f"c{n}") for n in range(5)]
    data = {"candidates": candidates, "initiatives": [init(capacity=2)]}
    runs = {json.dumps(run_scenario(data)["assignments"]) for _ in range(5)}
    assert len(runs) == 1
    reversed_data = {"candidates": candidates[::-1], "initiatives": [init(capacity=2)]}
    assert json.dumps(run_scenario(reversed_data)["assignments"]) in runs


def test_solve_accepts_a_precomputed_pair_table():
    data = random_scenario(seeded(3), 20, 6, loose=True)
    scenario = parse_scenario(data)
    table = build_pair_table(
        scenario.candidates, scenario.initiatives, scenario.exclusions, scenario.weights
    )
    direct = solve(scenario.candidates, scenario.initiatives, scenario.exclusions, scenario.weights)
    reused = solve((), (), pairs=table)
    assert reused.proposals == direct.proposals
    assert reused.objective == direct.objective
