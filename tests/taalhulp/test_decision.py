"""The pure decision model: first matching rule wins, the default, and the hard guard."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from taalhulp import decision as d
from taalhulp.demo import content as demo_content

GUARD = "guarded"
DEFAULT = d.Rule(route=d.INTERPRETER, reason="default")


def answers(**changes) -> d.Answers:
    values = {
        "kind": d.PRACTICAL,
        "stakes": d.LOW,
        "timing": d.CAN_WAIT,
        "mode": d.ON_SITE,
        "dutch": d.NO_DUTCH,
        "language": "ar",
    }
    values.update(changes)
    return d.Answers(**values)


def demo_rules() -> list[d.Rule]:
    return [
        d.Rule(route=route, reason=reason["en"], **{k: frozenset(v) for k, v in conds.items()})
        for conds, route, reason in demo_content.RULES
    ]


all_answers = st.builds(
    d.Answers,
    kind=st.sampled_from(d.KINDS),
    stakes=st.sampled_from(d.STAKES),
    timing=st.sampled_from(d.TIMINGS),
    mode=st.sampled_from(d.MODES),
    dutch=st.sampled_from(d.DUTCH_LEVELS),
    language=st.sampled_from(["ar", "uk", "ru", "other", "so"]),
)


def subsets(values):
    return st.frozensets(st.sampled_from(values))


any_rule = st.builds(
    d.Rule,
    route=st.sampled_from(d.ROUTES),
    reason=st.text(max_size=20),
    kinds=subsets(d.KINDS),
    stakes=subsets(d.STAKES),
    timings=subsets(d.TIMINGS),
    modes=subsets(d.MODES),
    dutch_levels=subsets(d.DUTCH_LEVELS),
    languages=subsets(["ar", "uk", "ru", "other"]),
)


def test_the_first_matching_rule_wins():
    rules = [
        d.Rule(route=d.PICTOGRAMS, reason="first", kinds=frozenset({d.LEGAL})),
        d.Rule(route=d.SIMPLE_DUTCH, reason="second", kinds=frozenset({d.PRACTICAL})),
        d.Rule(route=d.HELPER, reason="third"),
    ]
    result = d.decide(answers(), rules, DEFAULT, guard_reason=GUARD)
    assert (result.route, result.reason, result.rule_index) == (d.SIMPLE_DUTCH, "second", 1)


def test_no_matching_rule_gives_the_default():
    rules = [d.Rule(route=d.HELPER, reason="uk only", languages=frozenset({"uk"}))]
    result = d.decide(answers(language="ar"), rules, DEFAULT, guard_reason=GUARD)
    assert (result.route, result.reason, result.rule_index) == (d.INTERPRETER, "default", None)


def test_no_rules_at_all_gives_the_default():
    assert d.decide(answers(), [], DEFAULT, guard_reason=GUARD).route == d.INTERPRETER


def test_an_empty_condition_matches_any_answer_and_every_condition_must_hold():
    rule = d.Rule(route=d.HELPER, kinds=frozenset({d.PRACTICAL}), modes=frozenset({d.REMOTE}))
    assert rule.matches(answers(mode=d.REMOTE))
    assert not rule.matches(answers(mode=d.ON_SITE))
    assert d.Rule(route=d.HELPER).matches(answers(kind=d.MEDICAL, stakes=d.HIGH))


@pytest.mark.parametrize("kind", sorted(d.SENSITIVE_KINDS))
def test_a_sensitive_conversation_never_goes_to_a_volunteer(kind):
    rules = [d.Rule(route=d.HELPER, reason="volunteer")]  # an editor's mistake
    result = d.decide(answers(kind=kind), rules, DEFAULT, guard_reason=GUARD)
    assert (result.route, result.reason, result.guarded) == (d.INTERPRETER, GUARD, True)


def test_a_lot_at_stake_never_goes_to_a_volunteer_even_by_default():
    default = d.Rule(route=d.HELPER, reason="volunteer by default")
    result = d.decide(answers(stakes=d.HIGH), [], default, guard_reason=GUARD)
    assert (result.route, result.guarded, result.rule_index) == (d.INTERPRETER, True, None)


def test_a_routine_conversation_may_go_to_a_volunteer():
    rules = [d.Rule(route=d.HELPER, reason="volunteer")]
    result = d.decide(answers(kind=d.ADMINISTRATIVE), rules, DEFAULT, guard_reason=GUARD)
    assert (result.route, result.guarded) == (d.HELPER, False)


def test_the_guard_leaves_other_routes_of_heavy_conversations_alone():
    rules = [d.Rule(route=d.SIMPLE_DUTCH, reason="speaks Dutch")]
    result = d.decide(answers(kind=d.MEDICAL), rules, DEFAULT, guard_reason=GUARD)
    assert (result.route, result.guarded) == (d.SIMPLE_DUTCH, False)


@pytest.mark.parametrize(
    ("field", "value"),
    [("kind", "gossip"), ("stakes", "some"), ("timing", "later"), ("mode", "letter"),
     ("dutch", "fluent")],
)  # fmt: skip
def test_unknown_answers_are_refused(field, value):
    with pytest.raises(ValueError, match=field):
        answers(**{field: value})


def test_unknown_routes_and_conditions_are_refused():
    with pytest.raises(ValueError, match="route"):
        d.Rule(route="app")
    with pytest.raises(ValueError, match="kinds"):
        d.Rule(route=d.HELPER, kinds=frozenset({"gossip"}))


@given(all_answers, st.lists(any_rule, max_size=6), any_rule)
def test_whatever_the_rules_heavy_conversations_get_no_volunteer(given_answers, rules, default):
    result = d.decide(given_answers, rules, default, guard_reason=GUARD)
    if given_answers.heavy:
        assert result.route not in d.VOLUNTEER_ROUTES
    assert result.route in d.ROUTES


@given(all_answers, st.lists(any_rule, max_size=6), any_rule)
def test_the_route_is_the_first_matching_rules_or_the_default(given_answers, rules, default):
    result = d.decide(given_answers, rules, default, guard_reason=GUARD)
    matching = [i for i, rule in enumerate(rules) if rule.matches(given_answers)]
    assert result.rule_index == (matching[0] if matching else None)
    chosen = rules[matching[0]] if matching else default
    if not result.guarded:
        assert (result.route, result.reason) == (chosen.route, chosen.reason)
    else:
        assert chosen.route in d.VOLUNTEER_ROUTES and given_answers.heavy


@given(all_answers)
def test_the_demo_rules_follow_the_agencys_decision_model(given_answers):
    """Heavy conversations get a certified interpreter unless the person speaks simple Dutch;
    the demo rules themselves never need the guard."""
    result = d.decide(given_answers, demo_rules(), DEFAULT, guard_reason=GUARD)
    assert not result.guarded
    if given_answers.kind in d.SENSITIVE_KINDS or given_answers.stakes == d.HIGH:
        assert result.route == d.INTERPRETER


@pytest.mark.parametrize(
    ("changes", "route"),
    [
        ({"kind": d.PSYCHOLOGICAL}, d.INTERPRETER),
        ({"stakes": d.HIGH}, d.INTERPRETER),
        ({"dutch": d.SIMPLE_DUTCH_OK}, d.SIMPLE_DUTCH),
        ({"timing": d.URGENT}, d.PICTOGRAMS),
        ({"kind": d.ADMINISTRATIVE, "timing": d.URGENT}, d.INTERPRETER),
        ({"language": "uk", "mode": d.REMOTE}, d.HELPER),
        ({"kind": d.ADMINISTRATIVE}, d.HELPER),
    ],
)
def test_each_demo_rule_gives_its_route(changes, route):
    assert d.decide(answers(**changes), demo_rules(), DEFAULT, guard_reason=GUARD).route == route
