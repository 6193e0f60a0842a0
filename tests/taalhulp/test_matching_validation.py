"""Invalid scenarios are refused with one problem per line, each named by its JSON path."""

import pytest

from taalhulp.matching import ScenarioError, parse_scenario, run_scenario

from .oracle import helper, locate, request, scenario


def problems(data) -> list[str]:
    with pytest.raises(ScenarioError) as caught:
        parse_scenario(data, locate)
    return caught.value.errors


def test_a_valid_scenario_parses():
    parsed = parse_scenario(scenario([helper()], [request()], [["h1", "r1"]]), locate)
    assert [h.id for h in parsed.helpers] == ["h1"]
    assert parsed.exclusions == {("h1", "r1")}
    assert parsed.crisis_remote_only is True


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("max_km", -1, "helpers[0].max_km: must be a number ≥ 0"),
        ("max_km", "20", "helpers[0].max_km: must be a number ≥ 0"),
        ("max_km", 5000, "helpers[0].max_km: must be at most 1000"),
        ("kind", "tolk", "helpers[0].kind: must be one of taalhulp, crisistolk"),
        ("languages", [], "helpers[0].languages: must be a non-empty list"),
        ("languages", ["uk", "xx"], "helpers[0].languages[1]: unknown language code 'xx'; "
                                    "use ISO 639-1, such as nl, fr, ar"),
        ("languages", ["uk", "uk"], "helpers[0].languages: lists an item twice"),
        ("modes", ["car"], "helpers[0].modes[0]: must be one of remote, onsite, phone"),
        ("postcode", "K999", "helpers[0].postcode: unknown postcode 'K999'"),
        ("trained", "yes", "helpers[0].trained: must be true or false"),
        ("max_per_week", 1.5, "helpers[0].max_per_week: must be a whole number from 0 to 100"),
        ("slots", [{"start": "2026-12-08T09:00"}], "helpers[0].slots[0].end: is required"),
        ("slots", [{"start": "2026-12-08T09:00", "end": "2026-12-08T08:00"}],
         "helpers[0].slots[0].end: must be after the start"),
        ("slots", [{"start": "2026-12-08T09:00+01:00", "end": "2026-12-08T10:00"}],
         'helpers[0].slots[0].start: must be a local Brussels time such as "2026-12-08T09:00"'),
        ("colour", "red", "helpers[0].colour: unknown field; allowed: id, kind, languages, "
                          "max_km, max_per_week, modes, postcode, slots, trained"),
    ],
)  # fmt: skip
def test_helper_problems_are_named_by_path(field, value, message):
    assert problems(scenario([helper(**{field: value})], [])) == [message]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("language", "ukr", "requests[0].language: unknown language code 'ukr'; "
                            "use ISO 639-1, such as nl, fr, ar"),
        ("mode", "video", "requests[0].mode: must be one of remote, onsite, phone"),
        ("start", "8 December", 'requests[0].start: must be a local Brussels time such as '
                                '"2026-12-08T09:00"'),
        ("start", "2026-12-08", 'requests[0].start: must be a local Brussels time such as '
                                '"2026-12-08T09:00"'),
        ("minutes", 0, "requests[0].minutes: must be a whole number from 1 to 1440"),
        ("difficulty", "hard", "requests[0].difficulty: must be one of routine, heavy"),
        ("kind", "tolk", "requests[0].kind: must be one of any, taalhulp, crisistolk"),
        ("postcode", "K999", "requests[0].postcode: unknown postcode 'K999'"),
    ],
)  # fmt: skip
def test_request_problems_are_named_by_path(field, value, message):
    assert problems(scenario([], [request(**{field: value})])) == [message]


def test_postcodes_are_required_only_where_distance_counts():
    remote_helper = {k: v for k, v in helper(modes=["remote"]).items() if k != "postcode"}
    remote_request = {k: v for k, v in request(mode="phone").items() if k != "postcode"}
    parse_scenario(scenario([remote_helper], [remote_request]), locate)
    onsite_helper = {k: v for k, v in helper().items() if k != "postcode"}
    onsite_request = {k: v for k, v in request().items() if k != "postcode"}
    assert problems(scenario([onsite_helper], [onsite_request])) == [
        "helpers[0].postcode: is required for a helper who offers onsite",
        "requests[0].postcode: is required for an onsite request",
    ]


def test_every_problem_is_listed_once_in_document_order():
    bad_helper = {"id": "h1", "kind": "taalhulp"}
    data = scenario(
        [bad_helper, helper("h2"), helper("h2")],
        [request(minutes=-5)],
        [["h9", "r1"], ["h2"]],
        crisis_remote_only="yes",
    )
    assert problems(data) == [
        "helpers[0].languages: is required",
        "helpers[0].max_km: is required",
        "helpers[0].max_per_week: is required",
        "helpers[0].modes: is required",
        "helpers[0].slots: is required",
        "requests[0].minutes: must be a whole number from 1 to 1440",
        "helpers[2].id: duplicate id 'h2' (also helpers[1])",
        "exclusions[0][0]: unknown helper 'h9'",
        'exclusions[1]: must be a pair ["helper id", "request id"]',
        "crisis_remote_only: must be true or false",
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "scenario: must be an object"),
        ({"helpers": []}, "scenario.requests: is required"),
        ({"helpers": {}, "requests": []}, "helpers: must be a list"),
        ({"helpers": [], "requests": [], "weights": {}},
         "scenario.weights: unknown field; allowed: crisis_remote_only, exclusions, helpers, "
         "requests"),
    ],
)  # fmt: skip
def test_top_level_problems(data, message):
    assert problems(data) == [message]


def test_run_scenario_raises_before_solving():
    with pytest.raises(ScenarioError):
        run_scenario(scenario([helper(max_km=-1)], [request()]), locate)
