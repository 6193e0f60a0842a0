"""Scores lie in [0.01, 1], follow the documented criteria, and `why` adds up to the score."""

import pytest

from taalhulp.matching import WEIGHTS, run_scenario

from .oracle import helper, locate, random_scenario, request, scenario


def only(out: dict) -> dict:
    (assignment,) = out["assignments"]
    return assignment


def test_the_perfect_pair_scores_1():
    best = helper(modes=["onsite"], max_per_week=5)
    assert only(run_scenario(scenario([best], [request()]), locate))["score"] == 1.0


@pytest.mark.parametrize("seed", range(40))
def test_why_points_add_up_to_the_score(seed):
    out = run_scenario(random_scenario(seed), locate)
    for a in out["assignments"]:
        assert 0.01 <= a["score"] <= 1
        total = 0.01 + sum(part["points"] for part in a["why"].values())
        assert a["score"] == pytest.approx(total, abs=0.001)
        assert {name: part["weight"] for name, part in a["why"].items()} == WEIGHTS


def test_each_criterion_as_documented():
    h = helper(languages=["ru", "ar", "uk"], modes=["phone", "remote", "onsite"], max_km=20.5,
               max_per_week=2, kind="crisistolk", trained=True)  # fmt: skip
    out = run_scenario(scenario([h], [request(postcode="K10")], crisis_remote_only=False), locate)
    why = only(out)["why"]
    assert (why["language"]["rank"], why["language"]["value"]) == (3, 0.6)
    assert (why["mode"]["rank"], why["mode"]["value"]) == (3, 0.6)
    assert why["nearness"]["distance_km"] == pytest.approx(10, abs=0.01)
    assert why["nearness"]["value"] == pytest.approx(1 - 10 / 20.5, abs=1e-3)
    assert why["kind"] == {"value": 0.5, "weight": 0.15, "points": 0.0742,
                           "helper": "crisistolk", "request": "any"}  # fmt: skip
    assert why["capacity"]["value"] == 0.4


def test_nearer_helper_wins_when_all_else_is_equal():
    helpers = [helper("h1", postcode="K8"), helper("h2", postcode="K3")]
    assert only(run_scenario(scenario(helpers, [request()]), locate))["helper"] == "h2"


def test_open_requests_prefer_a_volunteer_to_a_crisis_interpreter():
    helpers = [helper("h1", kind="crisistolk", trained=True), helper("h2")]
    out = run_scenario(scenario(helpers, [request(mode="remote")]), locate)
    assert only(out)["helper"] == "h2"


def test_remote_pairs_have_no_distance():
    out = run_scenario(scenario([helper()], [request(mode="remote")]), locate)
    assert only(out)["why"]["nearness"] == {
        "value": 1.0, "weight": 0.25, "points": 0.2475, "distance_km": None, "max_km": 20.0,
    }  # fmt: skip
