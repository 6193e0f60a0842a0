"""The pure course orientation: each default route, editor rules first, pace, finder filters."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from inburgering import orientation as o

TEXTS = {route: o.RouteText(f"why {route}", f"how long {route}") for route in o.ROUTES}


def answers(**changes) -> o.Answers:
    base = {
        "script": o.LATIN,
        "schooling": o.SECONDARY,
        "goal": o.DAILY_LIFE,
        "time": o.DAY,
        "hours": 6,
        "dutch": o.NO_DUTCH,
    }
    return o.Answers(**{**base, **changes})


@pytest.mark.parametrize(
    ("changes", "route"),
    [
        ({"script": o.NOT_LITERATE}, o.LATIN_SCRIPT_FIRST),
        ({"script": o.OTHER_SCRIPT, "schooling": o.HIGHER, "goal": o.STUDY}, o.LATIN_SCRIPT_FIRST),
        ({"schooling": o.LITTLE}, o.CBE),
        ({"schooling": o.LITTLE, "goal": o.STUDY}, o.CBE),
        ({"schooling": o.HIGHER, "goal": o.STUDY}, o.UTC),
        ({"schooling": o.HIGHER, "goal": o.WORK}, o.CVO),
        ({"schooling": o.SECONDARY, "goal": o.STUDY}, o.CVO),
        ({}, o.CVO),
    ],
)
def test_defaults_give_each_route(changes, route):
    result = o.recommend(answers(**changes), [], TEXTS)
    assert result.route == route
    assert result.rule_index is None
    assert (result.reason, result.duration) == (f"why {route}", f"how long {route}")


def test_the_first_matching_rule_wins_over_the_defaults():
    rules = [
        o.Rule(route=o.UTC, reason="never", goals={o.STUDY}),
        o.Rule(route=o.CBE, reason="evening at a CBE", duration="a year", times={o.EVENING}),
        o.Rule(route=o.CVO, reason="too late", times={o.EVENING}),
    ]
    result = o.recommend(answers(time=o.EVENING), rules, TEXTS)
    assert (result.route, result.reason, result.duration) == (o.CBE, "evening at a CBE", "a year")
    assert result.rule_index == 1


def test_hour_bounds_of_a_rule():
    rule = o.Rule(route=o.UTC, min_hours=12, max_hours=20)
    assert not rule.matches(answers(hours=11))
    assert rule.matches(answers(hours=12)) and rule.matches(answers(hours=20))
    assert not rule.matches(answers(hours=21))


@pytest.mark.parametrize(
    ("hours", "pace", "weeks"),
    [
        (1, o.SLOW, 120),
        (5, o.SLOW, 24),
        (6, o.STANDARD, 20),
        (12, o.INTENSIVE, 10),
        (40, o.INTENSIVE, 3),
    ],
)
def test_pace_and_weeks_follow_the_hours(hours, pace, weeks):
    result = o.recommend(answers(hours=hours), [], TEXTS)  # CVO: 120 hours for a step
    assert (result.pace, result.weeks) == (pace, weeks)


@pytest.mark.parametrize(
    ("changes", "filters"),
    [
        ({}, (("type", "course_nt2"), ("level", "A0"))),
        (
            {"dutch": o.A1, "time": o.EVENING},
            (("type", "course_nt2"), ("level", "A1"), ("daypart", "evening")),
        ),
        (
            {"dutch": o.A2, "time": o.WEEKEND},
            (("type", "course_nt2"), ("level", "A2"), ("daypart", "weekend")),
        ),
        ({"dutch": o.B1_PLUS}, (("type", "course_nt2"), ("level", "B1"), ("level", "B2"))),
    ],
)
def test_finder_filters_from_level_and_time(changes, filters):
    assert o.recommend(answers(**changes), [], TEXTS).filters == filters


def test_bad_answers_and_rules_are_refused():
    with pytest.raises(ValueError, match="script"):
        answers(script="runes")
    with pytest.raises(ValueError, match="hours"):
        answers(hours=0)
    with pytest.raises(ValueError, match="route"):
        o.Rule(route="abroad")
    with pytest.raises(ValueError, match="goals"):
        o.Rule(route=o.CVO, goals={"fun"})


ANSWERS = st.builds(
    o.Answers,
    script=st.sampled_from(o.SCRIPTS),
    schooling=st.sampled_from(o.SCHOOLINGS),
    goal=st.sampled_from(o.GOALS),
    time=st.sampled_from(o.TIMES),
    hours=st.integers(o.MIN_HOURS, o.MAX_HOURS),
    dutch=st.sampled_from(o.DUTCH_LEVELS),
)
RULES = st.lists(
    st.builds(
        o.Rule,
        route=st.sampled_from(o.ROUTES),
        scripts=st.frozensets(st.sampled_from(o.SCRIPTS)),
        schoolings=st.frozensets(st.sampled_from(o.SCHOOLINGS)),
        goals=st.frozensets(st.sampled_from(o.GOALS)),
        times=st.frozensets(st.sampled_from(o.TIMES)),
        dutch_levels=st.frozensets(st.sampled_from(o.DUTCH_LEVELS)),
    ),
    max_size=5,
)


@given(ANSWERS, RULES)
def test_every_answer_gets_exactly_one_route(given_answers, rules):
    result = o.recommend(given_answers, rules, TEXTS)
    assert result.route in o.ROUTES
    matching = [i for i, rule in enumerate(rules) if rule.matches(given_answers)]
    assert result.rule_index == (matching[0] if matching else None)
    assert result.filters[0] == ("type", "course_nt2")
    assert result.weeks >= 1 and result.pace in o.PACES


@given(ANSWERS)
def test_defaults_keep_their_hard_sense(given_answers):
    route = o.recommend(given_answers, [], TEXTS).route
    assert (route == o.LATIN_SCRIPT_FIRST) == (given_answers.script != o.LATIN)
    if given_answers.script == o.LATIN and given_answers.schooling == o.LITTLE:
        assert route == o.CBE
    if route == o.UTC:
        assert (given_answers.schooling, given_answers.goal) == (o.HIGHER, o.STUDY)
