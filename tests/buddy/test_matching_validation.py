"""An invalid scenario is refused with one error per problem, each naming its path."""

import pytest

from buddy.matching import ScenarioError, run_scenario

from .matching_oracle import cand, init


def errors_of(data) -> list[str]:
    with pytest.raises(ScenarioError) as caught:
        run_scenario(data)
    return caught.value.errors


def with_candidate(**fields) -> dict:
    others = [cand(f"c{n}") for n in range(3)]
    return {"candidates": [*others, cand("c3") | fields], "initiatives": [init()]}


def with_initiative(**fields) -> dict:
    return {"candidates": [cand()], "initiatives": [init(), init("i2") | fields]}


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (with_candidate(languages={"nl": "xx"}), "candidates[3].languages.nl: unknown level 'xx'"),
        (with_candidate(languages={"xx": "B1"}), "candidates[3].languages.xx: unknown language"),
        (with_candidate(languages=["nl"]), "candidates[3].languages: must be an object"),
        (with_candidate(lat=91), "candidates[3].lat: must be between -90 and 90, got 91"),
        (with_candidate(lon="4.4"), "candidates[3].lon: must be a number"),
        (with_candidate(max_km=-2), "candidates[3].max_km: must be between 0"),
        (with_candidate(max_km=float("nan")), "candidates[3].max_km: must be between 0"),
        (with_candidate(capacity=1.5), "candidates[3].capacity: must be a whole number"),
        (with_candidate(capacity=True), "candidates[3].capacity: must be a whole number"),
        (with_candidate(capacity=-1), "candidates[3].capacity: must be between 0 and 10000"),
        (with_candidate(waiting_days=-3), "candidates[3].waiting_days: must be between 0"),
        (with_candidate(paused="no"), "candidates[3].paused: must be true or false"),
        (with_candidate(buddy_kinds=["coach"]), "candidates[3].buddy_kinds[0]: unknown buddy kind"),
        (with_candidate(buddy_kinds="language"), "candidates[3].buddy_kinds: must be a list"),
        (
            with_candidate(interests=["", "sport"]),
            "candidates[3].interests[0]: must be a non-empty",
        ),
        (
            with_candidate(availability=[{"weekday": 7, "daypart": "evening"}]),
            "candidates[3].availability[0].weekday: must be 0 (Monday) to 6 (Sunday)",
        ),
        (
            with_candidate(availability=[{"weekday": 1.0, "daypart": "evening"}]),
            "candidates[3].availability[0].weekday: must be 0 (Monday) to 6 (Sunday)",
        ),
        (
            with_candidate(availability=[{"weekday": 1, "daypart": "night"}]),
            "candidates[3].availability[0].daypart: must be one of morning, afternoon, evening",
        ),
        (
            with_candidate(availability=[{"weekday": 1}]),
            "candidates[3].availability[0].daypart: is required",
        ),
        (with_candidate(id=""), "candidates[3].id: must be a non-empty text"),
        (with_candidate(id="c0"), "candidates[3].id: duplicate id 'c0' (also candidates[0])"),
        (with_candidate(max_kms=5), "candidates[3].max_kms: unknown field"),
        (with_initiative(buddy_kind="coach"), "initiatives[1].buddy_kind: unknown buddy kind"),
        (with_initiative(reach_km=-1), "initiatives[1].reach_km: must be between 0"),
        (with_initiative(capacity="2"), "initiatives[1].capacity: must be a whole number"),
        (
            with_initiative(required_languages={"nl": "B3"}),
            "initiatives[1].required_languages.nl: unknown level 'B3'",
        ),
        (
            with_initiative(preferred_languages=["ar", "arabic"]),
            "initiatives[1].preferred_languages[1]: unknown language code 'arabic'",
        ),
        (with_initiative(themes="sport"), "initiatives[1].themes: must be a list of texts"),
        (with_initiative(id="i1"), "initiatives[1].id: duplicate id 'i1' (also initiatives[0])"),
        ({"candidates": [], "initiatives": {}}, "initiatives: must be a list"),
        ({"initiatives": []}, "scenario.candidates: is required"),
        ({"candidates": [], "initiatives": [], "extra": 1}, "scenario.extra: unknown field"),
        ([], "scenario: must be an object"),
        ({"candidates": [], "initiatives": [], "exclusions": [["c1"]]}, "exclusions[0]: must be"),
        ({"candidates": [], "initiatives": [], "exclusions": "c1"}, "exclusions: must be a list"),
        ({"candidates": [], "initiatives": [], "weights": []}, "weights: must be an object"),
        (
            {"candidates": [], "initiatives": [], "weights": {"nearness": -1}},
            "weights.nearness: must be between 0 and 1000",
        ),
        (
            {"candidates": [], "initiatives": [], "weights": {"distance": 1}},
            "weights.distance: unknown field",
        ),
        (
            {
                "candidates": [],
                "initiatives": [],
                "weights": dict.fromkeys(
                    ["preferred_language", "interests", "availability", "nearness", "waiting_time"],
                    0,
                ),
            },
            "weights: at least one weight must be above 0",
        ),
        (
            {
                "candidates": [],
                "initiatives": [],
                "weights": {"nearness": 3, "version": "buddy-2026.1"},
            },  # noqa: E501
            "weights.version: 'buddy-2026.1' names the default weights; use a new version",
        ),
    ],
)
def test_each_problem_is_named_by_its_path(data, expected):
    errors = errors_of(data)
    assert any(error.startswith(expected) for error in errors), errors


def test_every_problem_is_reported_at_once():
    data = {
        "candidates": [
            cand("c1", lat=100, languages={"nl": "Z9"}),
            cand("c2", capacity=-1),
            {"id": "c3"},
        ],
        "initiatives": [init(buddy_kind="coach")],
    }
    errors = errors_of(data)
    assert errors[:3] == [
        "candidates[0].lat: must be between -90 and 90, got 100",
        "candidates[0].languages.nl: unknown level 'Z9'; use A0, A1, A2, B1, B2, C1, C2, native",
        "candidates[1].capacity: must be between 0 and 10000, got -1",
    ]
    missing = [e for e in errors if e.startswith("candidates[2].") and e.endswith(": is required")]
    assert len(missing) == 7  # lat, lon, max_km, languages, availability, capacity, buddy_kinds
    assert errors[-1].startswith("initiatives[0].buddy_kind: unknown buddy kind 'coach'")
    assert len(errors) == 3 + 7 + 1


def test_optional_fields_have_safe_defaults():
    minimal = cand()
    for name in ("interests", "waiting_days", "paused"):
        del minimal[name]
    plain = init()
    for name in ("reach_km", "required_languages", "preferred_languages", "themes"):
        del plain[name]
    out = run_scenario({"candidates": [minimal], "initiatives": [plain]})
    assert [a["candidate"] for a in out["assignments"]] == ["c1"]


def test_an_empty_scenario_is_valid():
    out = run_scenario({"candidates": [], "initiatives": []}, dump_pairs=True)
    assert out == {
        "assignments": [],
        "unassigned_candidates": [],
        "objective": 0.0,
        "weights_version": "buddy-2026.1",
        "feasible_pairs": [],
    }
