"""The matching engine never breaks a hard constraint: targeted cases and random scenarios."""

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from buddy.matching import run_scenario
from tests.hypothesis_profiles import examples

from .matching_oracle import GENT, cand, capacities, init, km_east, oracle_pairs, scenarios


def pairs_of(candidates, initiatives, exclusions=()) -> set[tuple[str, str]]:
    data = {"candidates": candidates, "initiatives": initiatives, "exclusions": list(exclusions)}
    out = run_scenario(data, dump_pairs=True)
    return {(p["candidate"], p["initiative"]) for p in out["feasible_pairs"]}


def test_baseline_pair_is_feasible_and_assigned():
    out = run_scenario({"candidates": [cand()], "initiatives": [init()]}, dump_pairs=True)
    assert [(a["candidate"], a["initiative"]) for a in out["assignments"]] == [("c1", "i1")]
    assert out["unassigned_candidates"] == []


@pytest.mark.parametrize(
    ("candidate", "initiative", "exclusions", "rule"),
    [
        (cand(max_km=5), init(lon=km_east(5.2)), [], "beyond the candidate's radius"),
        (cand(max_km=40), init(lon=km_east(8.5), reach_km=8), [], "beyond the initiative's reach"),
        (cand(languages={"fr": "native"}), init(), [], "required language not spoken"),
        (cand(languages={"nl": "A2"}), init(), [], "required language below the level"),
        (
            cand(languages={"nl": "B1", "ar": "native"}),
            init(required_languages={"nl": "B1", "ar": "native", "fr": "A1"}),
            [],
            "one of several required languages missing",
        ),  # noqa: E501
        (cand(availability=[{"weekday": 2, "daypart": "morning"}]), init(), [], "no common slot"),
        (cand(), init(), [["c1", "i1"]], "excluded pair"),
        (cand(paused=True), init(), [], "paused candidate"),
        (cand(capacity=0), init(), [], "candidate with no room"),
        (cand(), init(capacity=0), [], "initiative with no room"),
        (cand(buddy_kinds=["network", "job"]), init(), [], "buddy kind not wanted"),
    ],
)
def test_each_hard_constraint_blocks_the_pair(candidate, initiative, exclusions, rule):
    assert pairs_of([candidate], [initiative], exclusions) == set(), rule


@pytest.mark.parametrize(
    ("candidate", "initiative", "rule"),
    [
        (cand(max_km=5), init(lon=km_east(4.9)), "just inside the radius"),
        (cand(max_km=0), init(), "radius 0 at the same place"),
        (cand(max_km=40), init(lon=km_east(30), reach_km=None), "no reach limit"),
        (cand(max_km=40), init(lon=km_east(7.9), reach_km=8), "just inside the reach"),
        (cand(languages={"nl": "B1"}), init(), "exactly the required level"),
        (cand(languages={"nl": "native"}), init(required_languages={"nl": "C2"}), "native ≥ C2"),
        (cand(), init(required_languages={}), "nothing required"),
        (cand(buddy_kinds=["job", "language"]), init(), "one of several kinds"),
        (cand(), init(), "a common Wednesday evening"),
    ],
)
def test_pairs_that_meet_every_constraint_are_feasible(candidate, initiative, rule):
    assert pairs_of([candidate], [initiative]) == {("c1", "i1")}, rule


def test_exclusion_only_blocks_its_own_pair():
    found = pairs_of([cand("c1"), cand("c2")], [init("i1"), init("i2")], [["c1", "i2"]])
    assert found == {("c1", "i1"), ("c2", "i1"), ("c2", "i2")}


def test_exclusions_with_unknown_ids_are_ignored():
    assert pairs_of([cand()], [init()], [["gone", "i1"], ["c1", "closed"]]) == {("c1", "i1")}


def test_initiative_capacity_caps_assignments():
    candidates = [cand(f"c{n}", waiting_days=n * 50) for n in range(4)]
    out = run_scenario({"candidates": candidates, "initiatives": [init(capacity=2)]})
    assert len(out["assignments"]) == 2
    # The two who waited longest get the places (waiting time is part of the score).
    assert {a["candidate"] for a in out["assignments"]} == {"c2", "c3"}
    assert out["unassigned_candidates"] == ["c0", "c1"]


def test_candidate_capacity_caps_assignments():
    initiatives = [init(f"i{n}", capacity=3) for n in range(4)]
    out = run_scenario({"candidates": [cand(capacity=2)], "initiatives": initiatives})
    assert len(out["assignments"]) == 2
    assert len({a["initiative"] for a in out["assignments"]}) == 2


def test_paused_candidate_is_listed_as_unassigned():
    out = run_scenario({"candidates": [cand(paused=True)], "initiatives": [init()]})
    assert out["assignments"] == []
    assert out["unassigned_candidates"] == ["c1"]


def test_distance_uses_the_great_circle():
    # Antwerpen–Gent is about 51 km as the crow flies.
    antwerpen = init(lat=51.2194, lon=4.4025, reach_km=None)
    assert pairs_of([cand(max_km=52)], [antwerpen]) == {("c1", "i1")}
    assert pairs_of([cand(max_km=49)], [antwerpen]) == set()
    out = run_scenario({"candidates": [cand(max_km=52)], "initiatives": [antwerpen]})
    assert 50 < out["assignments"][0]["reasons"]["nearness"]["distance_km"] < 52
    assert GENT == (51.05, 3.72)


@settings(max_examples=examples(150), deadline=None, database=None)
@given(scenarios(max_candidates=7, max_initiatives=5))
def test_random_scenarios_never_break_a_hard_constraint(data):
    out = run_scenario(data, dump_pairs=True)
    feasible, ambiguous = oracle_pairs(data)
    engine = {(p["candidate"], p["initiative"]) for p in out["feasible_pairs"]}
    # The engine finds exactly the feasible pairs (up to float ties at the distance limit).
    assert engine - ambiguous == feasible
    assigned = [(a["candidate"], a["initiative"]) for a in out["assignments"]]
    assert len(assigned) == len(set(assigned)), "a pair proposed twice"
    assert set(assigned) <= engine
    cap_c, cap_i = capacities(data)
    for cid, used in Counter(c for c, _ in assigned).items():
        assert used <= cap_c[cid]
    for iid, used in Counter(i for _, i in assigned).items():
        assert used <= cap_i[iid]
    for pair in out["feasible_pairs"]:
        assert 0 < pair["score"] <= 1
    matched = {c for c, _ in assigned}
    assert out["unassigned_candidates"] == sorted(
        c["id"] for c in data["candidates"] if c["id"] not in matched
    )


@settings(max_examples=examples(60), deadline=None, database=None)
@given(
    st.lists(
        st.tuples(
            st.floats(-89, 89), st.floats(-180, 180), st.sampled_from([50, 500, 3000, 15000])
        ),
        min_size=1,
        max_size=12,
    ),
    st.lists(st.tuples(st.floats(-89, 89), st.floats(-180, 180)), min_size=1, max_size=8),
)
def test_distance_rule_holds_anywhere_on_earth(cand_points, init_points):
    # Spatial bucketing must not lose pairs near the poles or across the antimeridian.
    data = {
        "candidates": [
            cand(f"c{n:02d}", lat=lat, lon=lon, max_km=km)
            for n, (lat, lon, km) in enumerate(cand_points)
        ],
        "initiatives": [
            init(f"i{n:02d}", lat=lat, lon=lon, capacity=3)
            for n, (lat, lon) in enumerate(init_points)
        ],
    }
    out = run_scenario(data, dump_pairs=True)
    feasible, ambiguous = oracle_pairs(data)
    engine = {(p["candidate"], p["initiative"]) for p in out["feasible_pairs"]}
    assert engine - ambiguous == feasible - ambiguous


def test_pairs_across_the_antimeridian_and_near_a_pole():
    east, west = cand("c1", lat=-17.0, lon=179.95, max_km=20), init("i1", lat=-17.0, lon=-179.95)
    assert pairs_of([east], [west]) == {("c1", "i1")}
    north = cand("c1", lat=89.9, lon=0.0, max_km=30)
    assert pairs_of([north], [init("i1", lat=89.9, lon=170.0)]) == {("c1", "i1")}
