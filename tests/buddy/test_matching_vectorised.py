"""The faster engine (issue 20 item 6) gives bit for bit what the first vectorised one gave."""

import gc
import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from buddy.matching import build_pair_table, haversine_km, parse_scenario, run_scenario, solve
from buddy.matching.pairs import _distance_km
from tests.hypothesis_profiles import examples

from .matching_oracle import cand, init, oracle_pairs, random_scenario, scenarios, seeded
from .matching_reference import pairs_v1, reasons_v1

WORLD = [("Gent", 51.05, 3.72), ("Quito", -0.18, -78.47), ("Suva", -18.14, 178.44)]


def both_tables(data: dict):
    s = parse_scenario(data)
    new = build_pair_table(s.candidates, s.initiatives, s.exclusions, s.weights)
    old = pairs_v1.build_pair_table(s.candidates, s.initiatives, s.exclusions, s.weights)
    return new, old


def assert_same_table(new, old) -> None:
    assert len(new) == len(old)
    for name in ("cand", "init", "distance_km", "units"):
        assert np.array_equal(getattr(new, name), getattr(old, name)), name
    assert np.array_equal(new.components, old.components)
    assert new.pairs() == old.pairs()


def assert_same_proposals(data: dict) -> None:
    """The engine's proposals and reasons equal those the v1 reasons make of v1's table."""
    new, old = both_tables(data)
    result = solve((), (), pairs=new)
    expected = reasons_v1.proposals(old, result.chosen)
    dump = json.dumps([p.to_dict() for p in result.proposals])  # key order included
    assert dump == json.dumps([p.to_dict() for p in expected])


@settings(max_examples=examples(150), deadline=None, database=None)
@given(scenarios(max_candidates=12, max_initiatives=8))
def test_pairs_equal_the_first_vectorised_pairs(data):
    assert_same_table(*both_tables(data))
    assert_same_proposals(data)


@settings(max_examples=examples(60), deadline=None, database=None)
@given(scenarios(max_candidates=12, max_initiatives=8))
def test_pairs_equal_the_plain_python_oracle(data):
    new, _ = both_tables(data)
    feasible, ambiguous = oracle_pairs(data)
    found = {
        (new.candidates[c].id, new.initiatives[i].id)
        for c, i in zip(new.cand.tolist(), new.init.tolist(), strict=True)
    }
    assert found - ambiguous == feasible - ambiguous


@pytest.mark.parametrize("seed", range(4))
def test_larger_scenarios_equal_the_first_vectorised_engine(seed):
    """Enough people for many blocks per kind and many exclusions."""
    data = random_scenario(seeded(seed), 400, 90, spread_km=60)
    new, old = both_tables(data)
    assert len(new) > 100
    assert_same_table(new, old)
    assert_same_proposals(data)


def test_people_around_the_world_and_across_the_antimeridian():
    rng = seeded(7)
    people = []
    for _ in range(120):
        _, lat, lon = rng.choice(WORLD)
        lon = ((lon + rng.uniform(-0.4, 0.4) + 180) % 360) - 180
        people.append((lat + rng.uniform(-0.3, 0.3), lon))
    cands = [
        cand(f"c{n:03d}", lat=lat, lon=lon, max_km=rng.choice([5, 40, 2000]))
        for n, (lat, lon) in enumerate(people[:80])
    ]
    inits = [
        init(f"i{n:03d}", lat=lat, lon=lon, reach_km=rng.choice([None, 30]))
        for n, (lat, lon) in enumerate(people[80:])
    ]
    data = {"candidates": cands, "initiatives": inits}
    new, old = both_tables(data)
    assert len(new) > 0
    assert_same_table(new, old)


def test_more_than_64_themes_and_languages_nobody_speaks():
    themes = [f"theme{n}" for n in range(150)]
    cands = [
        cand(f"c{n}", interests=themes[n::7], languages={"nl": "B2", "sw": "A2"}) for n in range(20)
    ]
    inits = [
        init(f"i{n}", themes=themes[n::5], preferred_languages=["sw", "ti"], capacity=3)
        for n in range(9)
    ]
    inits.append(init("i-none", themes=[], preferred_languages=[], required_languages={}))
    data = {"candidates": cands, "initiatives": inits}
    new, old = both_tables(data)
    assert new.components[:, 1].max() == 1.0  # three shared themes out of many
    assert_same_table(new, old)
    assert_same_proposals(data)


@pytest.mark.parametrize(
    "data",
    [
        {"candidates": [], "initiatives": [init()]},
        {"candidates": [cand()], "initiatives": []},
        {"candidates": [cand(paused=True)], "initiatives": [init()]},
        {"candidates": [cand()], "initiatives": [init(capacity=0)]},
        {"candidates": [cand()], "initiatives": [init()], "exclusions": [["c1", "i1"]]},
        {"candidates": [cand()], "initiatives": [init()], "exclusions": [["c9", "i1"]]},
    ],
)
def test_nothing_or_one_pair(data):
    new, old = both_tables(data)
    assert_same_table(new, old)
    out = run_scenario(data, dump_pairs=True)
    assert len(out["feasible_pairs"]) == len(new) <= 1


def test_exact_distance_is_the_shared_haversine_bit_for_bit():
    data = random_scenario(seeded(3), 300, 60, spread_km=80)
    new, _ = both_tables(data)
    cs, ins = new.columns
    ci, ii = new.cand.astype(np.intp), new.init.astype(np.intp)
    expected = haversine_km(cs.lat[ci], cs.lon[ci], ins.lat[ii], ins.lon[ii])
    assert np.array_equal(_distance_km(cs, ins, ci, ii), expected)


def test_reasons_are_built_on_first_use_for_the_chosen_pairs_only():
    data = random_scenario(seeded(11), 60, 15, spread_km=10, loose=True)
    s = parse_scenario(data)
    result = solve(s.candidates, s.initiatives, s.exclusions, s.weights)
    assert "proposals" not in result.__dict__  # solving alone makes no reasons
    assert len(result.proposals) == len(result.chosen) > 0
    assert result.proposals is result.proposals  # built once
    table = result.pairs
    chosen = {(table.cand[k], table.init[k]) for k in result.chosen.tolist()}
    ids = {(table.candidates[c].id, table.initiatives[i].id) for c, i in sorted(chosen)}
    assert {(p.candidate, p.initiative) for p in result.proposals} == ids
    matched = {p.candidate for p in result.proposals}
    assert set(result.unassigned_candidates) == {c.id for c in s.candidates} - matched


@given(st.booleans())
@settings(max_examples=2, deadline=None, database=None)
def test_reasons_leave_the_cycle_collector_as_they_found_it(enabled):
    data = random_scenario(seeded(5), 20, 6, spread_km=10, loose=True)
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        run_scenario(data)
        assert gc.isenabled() == enabled
    finally:
        gc.enable() if was else gc.disable()
