"""Each hard constraint holds, and each unanswered request names the right reason."""

import pytest

from taalhulp.matching import run_scenario

from .oracle import helper, locate, request, scenario


def run(helpers, requests, exclusions=(), **top) -> dict:
    return run_scenario(scenario(helpers, requests, exclusions, **top), locate)


def answers(out: dict) -> dict[str, str]:
    return {a["request"]: a["helper"] for a in out["assignments"]}


def reasons(out: dict) -> dict[str, str]:
    return {u["request"]: u["reason"] for u in out["unanswered"]}


def test_a_plain_match_is_made():
    out = run([helper()], [request()])
    assert answers(out) == {"r1": "h1"}
    assert out["unanswered"] == []
    assert out["status"] == "optimal"


def test_language_must_be_spoken():
    out = run([helper(languages=["ru", "ar"])], [request(language="uk")])
    assert reasons(out) == {"r1": "no_language"}


def test_a_request_for_one_kind_only_gets_that_kind():
    volunteer, interpreter = helper("h1"), helper("h2", kind="crisistolk", trained=True)
    out = run([volunteer], [request(kind="crisistolk", mode="remote")])
    assert reasons(out) == {"r1": "no_language"}  # nobody of the requested kind speaks it
    out = run([volunteer, interpreter], [request(kind="crisistolk", mode="remote")])
    assert answers(out) == {"r1": "h2"}
    out = run([interpreter], [request(kind="taalhulp", mode="remote")])
    assert reasons(out) == {"r1": "no_language"}


@pytest.mark.parametrize("kind", ["any", "crisistolk"])
def test_an_untrained_crisis_interpreter_is_never_proposed(kind):
    untrained = helper("h1", kind="crisistolk", trained=False)
    out = run([untrained], [request(kind=kind, mode="remote")])
    assert reasons(out) == {"r1": "no_language"}
    out = run([untrained | {"trained": True}], [request(kind=kind, mode="remote")])
    assert answers(out) == {"r1": "h1"}


def test_the_mode_must_be_offered():
    out = run([helper(modes=["remote", "phone"])], [request(mode="onsite")])
    assert reasons(out) == {"r1": "no_mode"}
    out = run([helper(modes=["phone"])], [request(mode="phone", postcode="K99")])
    assert answers(out) == {"r1": "h1"}  # phone ignores distance


@pytest.mark.parametrize(
    ("remote_only", "mode", "answered"),
    [(True, "onsite", False), (True, "remote", True), (True, "phone", True),
     (False, "onsite", True)],
)  # fmt: skip
def test_crisis_interpreters_are_remote_only_when_the_switch_is_on(remote_only, mode, answered):
    interpreter = helper(kind="crisistolk", trained=True)
    out = run([interpreter], [request(mode=mode)], crisis_remote_only=remote_only)
    assert (answers(out) == {"r1": "h1"}) is answered
    if not answered:
        assert reasons(out) == {"r1": "no_mode"}


def test_crisis_interpreters_are_remote_only_by_default():
    interpreter = helper(kind="crisistolk", trained=True)
    data = scenario([interpreter], [request(mode="onsite")])
    assert reasons(run_scenario(data, locate)) == {"r1": "no_mode"}


def test_on_site_requests_respect_the_helpers_own_distance_limit():
    out = run([helper(max_km=20.5)], [request(postcode="K20")])
    assert answers(out) == {"r1": "h1"}
    out = run([helper(max_km=19.5)], [request(postcode="K20")])
    assert reasons(out) == {"r1": "too_far"}
    out = run([helper(max_km=0)], [request(postcode="K0")])
    assert answers(out) == {"r1": "h1"}  # same postcode: 0 km


def test_remote_requests_ignore_distance():
    out = run([helper(max_km=1)], [request(mode="remote", postcode="K90")])
    assert answers(out) == {"r1": "h1"}


@pytest.mark.parametrize(
    ("start", "minutes", "fits"),
    [("2026-12-08T09:00", 480, True), ("2026-12-08T16:00", 60, True),
     ("2026-12-08T16:30", 60, False), ("2026-12-08T08:30", 60, False),
     ("2026-12-09T10:00", 60, False)],
)  # fmt: skip
def test_the_request_lies_within_one_availability_slot(start, minutes, fits):
    out = run([helper()], [request(start=start, minutes=minutes)])
    assert (answers(out) == {"r1": "h1"}) is fits
    if not fits:
        assert reasons(out) == {"r1": "no_time"}


def test_two_adjacent_slots_do_not_make_one_longer_slot():
    slots = [
        {"start": "2026-12-08T09:00", "end": "2026-12-08T10:00"},
        {"start": "2026-12-08T10:00", "end": "2026-12-08T11:00"},
    ]
    out = run([helper(slots=slots)], [request(start="2026-12-08T09:30", minutes=60)])
    assert reasons(out) == {"r1": "no_time"}


def test_times_are_brussels_wall_clock_across_the_end_of_summer_time():
    # 25 October 2026: clocks go from 03:00 back to 02:00. 01:00–04:00 local lasts 4 hours.
    slot = [{"start": "2026-10-25T01:00", "end": "2026-10-25T04:00"}]
    out = run([helper(slots=slot)], [request(start="2026-10-25T01:00", minutes=240)])
    assert answers(out) == {"r1": "h1"}
    out = run([helper(slots=slot)], [request(start="2026-10-25T01:00", minutes=241)])
    assert reasons(out) == {"r1": "no_time"}


def test_conversations_of_one_helper_never_overlap():
    requests = [request("r1"), request("r2", start="2026-12-08T10:59")]
    out = run([helper()], requests)
    assert len(out["assignments"]) == 1
    assert list(reasons(out).values()) == ["capacity"]


def test_back_to_back_conversations_do_not_overlap():
    requests = [request("r1"), request("r2", start="2026-12-08T11:00")]
    out = run([helper()], requests)
    assert answers(out) == {"r1": "h1", "r2": "h1"}


def test_overlapping_requests_go_to_different_helpers():
    requests = [request("r1"), request("r2", start="2026-12-08T10:30")]
    out = run([helper("h1"), helper("h2")], requests)
    assert sorted(answers(out).values()) == ["h1", "h2"]


def test_the_weekly_maximum_counts_the_iso_week_of_the_start():
    day = {"start": "2026-12-13T08:00", "end": "2026-12-14T20:00"}  # Sunday to Monday
    sunday = [request(f"s{n}", start=f"2026-12-13T1{n}:00") for n in range(3)]
    monday = [request("m1", start="2026-12-14T10:00")]
    out = run([helper(max_per_week=2, slots=[day])], sunday + monday)
    assert len([r for r in answers(out) if r.startswith("s")]) == 2
    assert "m1" in answers(out)  # the next ISO week has room of its own
    assert list(reasons(out).values()) == ["capacity"]


def test_a_weekly_maximum_of_zero_answers_nothing():
    out = run([helper(max_per_week=0)], [request()])
    assert reasons(out) == {"r1": "capacity"}


def test_exclusions_are_respected():
    out = run([helper("h1")], [request()], exclusions=[["h1", "r1"]])
    assert reasons(out) == {"r1": "excluded"}
    out = run([helper("h1"), helper("h2", postcode="K10")], [request()], [["h1", "r1"]])
    assert answers(out) == {"r1": "h2"}


def test_heavy_conversations_are_never_given_to_a_volunteer():
    helpers = [helper("h1"), helper("h2", kind="crisistolk", trained=True)]
    out = run(helpers, [request(difficulty="heavy", mode="remote")])
    assert out["assignments"] == []
    assert reasons(out) == {"r1": "certified_interpreter"}


def test_certified_interpreter_comes_before_every_other_reason():
    out = run([], [request(difficulty="heavy", language="ar")])
    assert reasons(out) == {"r1": "certified_interpreter"}


def test_the_reason_is_the_rule_that_rules_out_the_last_helper():
    # h1 does not speak the language, h2 offers no onsite, h3 lives too far: too_far.
    helpers = [
        helper("h1", languages=["ar"]),
        helper("h2", modes=["remote"]),
        helper("h3", postcode="K50"),
    ]
    assert reasons(run(helpers, [request()])) == {"r1": "too_far"}
    # Add h4, close by but busy elsewhere that day: no_time.
    away = [{"start": "2026-12-09T09:00", "end": "2026-12-09T17:00"}]
    helpers.append(helper("h4", slots=away))
    assert reasons(run(helpers, [request()])) == {"r1": "no_time"}
    # Exclude the one helper who fits: excluded.
    assert reasons(run(helpers[:3] + [helper("h5")], [request()], [["h5", "r1"]])) == {
        "r1": "excluded"
    }


def test_no_helpers_at_all_means_no_language():
    assert reasons(run([], [request()])) == {"r1": "no_language"}


def test_capacity_when_feasible_helpers_are_all_taken():
    requests = [request("r1"), request("r2"), request("r3", language="ru")]
    out = run([helper("h1"), helper("h2", languages=["ru"])], requests)
    assert len(out["assignments"]) == 2
    assert list(reasons(out).values()) == ["capacity"]
