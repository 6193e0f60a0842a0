"""Properties of the pure offer-search parameters and query builders, checked on the real engine."""

import json
import math
import re
import uuid
from datetime import date
from urllib.parse import parse_qs

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from search.offers import params as p
from search.offers.params import OfferSearchParams, parse_params, to_query_string
from search.offers.query_body import count_body, offer_query_body, suggest_body
from search.offers.relax import CODES, SearchPlan, relaxations
from search.rulings.query_body import ruling_query_body
from tests.hypothesis_profiles import examples
from vreemdelingenrecht.filters import filters_parse

PARAM_NAMES = (
    "q", "lang", "postcode", "municipality", "radius_km", "level", "type", "format", "weekday",
    "daypart", *p.BOOLEAN_FILTERS, "support_language", "target_group", "theme",
    "include_online", "date_from", "date_to", "sort", "page", "page_size",
)  # fmt: skip
CONTROL = re.compile(r"[\x00-\x1f\x7f]")
ERROR_CODES = {
    "too_long", "invalid_choice", "invalid_boolean", "not_a_number", "out_of_range",
    "invalid_date", "date_order", "invalid_postcode", "invalid_code",
}  # fmt: skip

# Values a visitor or a bot might type: near misses of real values, numbers, junk, unicode.
NEAR_VALUES = st.sampled_from(
    [
        *p.LANGUAGES, *p.LEVELS, "a1", "b2,c1", *p.TYPES, *p.FORMATS, *p.DAYPARTS, *p.SORTS,
        *p.TRUE, *p.FALSE, "TRUE", "maybe", "9000", "1000", "0999", "Gent", "Bruxelles",
        "0", "6", "7", "-1", "1e3", "nan", "inf", "10,5", "200", "200.0001", "1_0", "٣",
        "2026-02-29", "2028-02-29", "2026-13-01", "0000-01-01", "9999-12-31", "sport",
        "Sport", "a" * 51, " ", "\u00a0", ",", "%00", "\x00", "İ", "\u212a",
    ]
)  # fmt: skip
VALUES = st.one_of(NEAR_VALUES, st.text(max_size=30), st.text(min_size=190, max_size=260))
QUERIES = st.dictionaries(
    st.one_of(st.sampled_from(PARAM_NAMES), st.text(max_size=10)),
    st.lists(VALUES, min_size=1, max_size=3),
    max_size=8,
)


@given(QUERIES)
def test_parse_never_raises_and_names_each_problem(query):
    params, errors = parse_params(query)
    assert isinstance(params, OfferSearchParams)
    assert set(errors) <= set(PARAM_NAMES)
    assert set(errors.values()) <= ERROR_CODES
    assert len(params.q) <= p.MAX_TEXT
    assert 1 <= params.page <= p.MAX_PAGE and 1 <= params.page_size <= p.MAX_PAGE_SIZE
    assert params.radius_km is None or 0 < params.radius_km <= p.MAX_RADIUS_KM
    texts = [params.q, params.municipality, params.postcode, params.target_group, params.theme]
    assert not any(CONTROL.search(text) for text in texts)  # NUL would break PostgreSQL


@given(QUERIES)
def test_canonical_query_string_is_a_fixed_point(query):
    """parse -> write -> parse gives the same parameters, with no errors, and the same URL."""
    params, _errors = parse_params(query)
    canonical = to_query_string(params)
    again, errors = parse_params(parse_qs(canonical, keep_blank_values=True))
    assert errors == {}
    assert again == params
    assert to_query_string(again) == canonical


def _words(max_size):
    return st.text(
        st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zs", "Zl", "Zp")),
        max_size=max_size,
    )


def _optional(strategy):
    return st.one_of(st.none(), strategy)


def _subset(values):
    return st.lists(st.sampled_from(values), unique=True).map(
        lambda chosen: tuple(value for value in values if value in chosen)
    )


SLUGS = st.from_regex(r"[a-z0-9][a-z0-9_-]{0,20}", fullmatch=True)
VALID_PARAMS = st.builds(
    OfferSearchParams,
    q=st.lists(_words(12), max_size=5).map(" ".join).map(lambda text: " ".join(text.split())),
    lang=st.sampled_from(p.LANGUAGES),
    postcode=st.one_of(st.just(""), st.from_regex(r"[0-9]{4}", fullmatch=True)),
    municipality=st.sampled_from(["", "Gent", "Sint-Jans-Molenbeek", "Bruxelles"]),
    radius_km=_optional(
        st.floats(min_value=0, max_value=p.MAX_RADIUS_KM, exclude_min=True, allow_nan=False)
    ),
    levels=_subset(p.LEVELS),
    types=_subset(p.TYPES),
    format=st.sampled_from(["", *p.FORMATS]),
    weekday=_optional(st.integers(0, 6)),
    daypart=st.sampled_from(["", *p.DAYPARTS]),
    **{name: _optional(st.booleans()) for name in p.BOOLEAN_FILTERS},
    support_language=st.one_of(st.just(""), st.from_regex(r"[a-z]{2,3}", fullmatch=True)),
    target_group=st.one_of(st.just(""), SLUGS),
    theme=st.one_of(st.just(""), SLUGS),
    include_online=st.booleans(),
    date_from=_optional(st.dates(date(2000, 1, 1), date(2100, 12, 31))),
    date_to=st.none(),
    sort=st.sampled_from(p.SORTS),
    page=st.integers(1, p.MAX_PAGE),
    page_size=st.integers(1, p.MAX_PAGE_SIZE),
)


@given(VALID_PARAMS, st.integers(0, 400))
def test_valid_parameters_survive_a_round_trip_through_the_url(params, days):
    if params.date_from:
        params = params.with_changes(date_to=date.fromordinal(params.date_from.toordinal() + days))
    again, errors = parse_params(parse_qs(to_query_string(params)))
    assert errors == {}
    assert again == params


POINTS = _optional(
    st.tuples(st.floats(49.4, 51.6), st.floats(2.5, 6.5)),
)
PLANS = st.builds(
    SearchPlan,
    params=st.one_of(VALID_PARAMS, QUERIES.map(lambda query: parse_params(query)[0])),
    loose_text=st.booleans(),
    all_languages=st.booleans(),
)


def _is_plain_json(body) -> bool:
    text = json.dumps(body, allow_nan=False)
    return json.loads(text) == body


@given(PLANS, st.sampled_from(p.LANGUAGES), POINTS, st.booleans(), st.booleans())
def test_every_plan_builds_a_plain_json_body(plan, language, point, facets, suggest):
    body = offer_query_body(plan, language=language, point=point, facets=facets, suggest=suggest)
    assert _is_plain_json(body)
    assert body["from"] == plan.params.offset and body["size"] == plan.params.page_size
    assert (body.get("post_filter") is not None) == any(
        (plan.params.types, plan.params.levels, plan.params.format, plan.params.daypart)
        + tuple(getattr(plan.params, name) is not None for name in p.BOOLEAN_FILTERS)
        + (plan.params.weekday is not None, plan.params.support_language)
        + (plan.params.target_group, plan.params.theme)
    )


@given(PLANS)
def test_relaxation_only_loosens_step_by_step_and_ends(plan):
    steps = list(relaxations(plan))
    codes = [code for code, _plan in steps]
    assert codes == [code for code in CODES if code in codes]  # ladder order, each once
    previous = plan
    for _code, looser in steps:
        assert looser != previous
        assert looser.params.page_size == plan.params.page_size
        assert looser.params.effective_radius_km >= previous.params.effective_radius_km
        assert set(looser.params.levels) <= set(previous.params.levels)
        previous = looser
    assert list(relaxations(previous)) == []  # the loosest plan cannot be loosened further


# --- the real engine accepts every body ----------------------------------------------------

ENGINE_EXAMPLES = settings(
    max_examples=examples(40),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


@pytest.fixture(scope="module")
def engine_indices():
    """An empty offers index and rulings index with the real mappings, under a prefix of our own."""
    from django.conf import settings as django_settings

    from search.client import EngineConfig, SearchClient
    from search.offers.mapping import offers_index_body
    from search.rulings.documents import rulings_index_body
    from tests.conftest import missing_service

    if not django_settings.SEARCH["URL"]:
        missing_service("no search engine configured (SEARCH_URL); run `make test`")
    config = EngineConfig.from_settings()
    prefix = f"t-{uuid.uuid4().hex[:10]}"
    client = SearchClient(config.__class__(**{**config.__dict__, "index_prefix": prefix}))
    offers, rulings = client.index_name("offers"), client.index_name("rulings")
    client.create_index(offers, offers_index_body({}))
    client.create_index(rulings, rulings_index_body())
    yield client, offers, rulings
    for name in (offers, rulings):
        client.delete_index(name)


def _validate(client, index: str, query: dict) -> None:
    answer = client._raw.indices.validate_query(
        index=index, body={"query": query}, params={"explain": "true"}
    )
    assert answer["valid"], answer.get("explanations") or answer


def _searchable(client, index: str, body: dict) -> None:
    """The whole body (sorts, aggregations, suggesters too) runs without an engine error."""
    answer = client.search(index, body)
    assert answer["hits"]["total"]["value"] == 0


@pytest.mark.engine
@ENGINE_EXAMPLES
@given(PLANS, st.sampled_from(p.LANGUAGES), POINTS)
def test_the_engine_accepts_every_offer_search(engine_indices, plan, language, point):
    client, offers, _rulings = engine_indices
    body = offer_query_body(plan, language=language, point=point, facets=True, suggest=True)
    _validate(client, offers, body["query"])
    if "post_filter" in body:
        _validate(client, offers, body["post_filter"])
    _searchable(client, offers, body)


@pytest.mark.engine
@ENGINE_EXAMPLES
@given(_words(40), st.sampled_from(p.LANGUAGES))
def test_the_engine_accepts_counts_and_suggestions_for_any_text(engine_indices, text, language):
    client, offers, _rulings = engine_indices
    _validate(client, offers, count_body(text, language)["query"])
    client.search(offers, count_body(text, language))
    client.search(offers, suggest_body(text))


RULING_PARAMS = st.dictionaries(
    st.sampled_from(["q", "court", "year", "topic", "other"]),
    st.one_of(
        st.text(max_size=60),
        st.sampled_from(["ECLI:BE:RVV:2023:ARR.290123", "rvv", "2023", "asiel", "AR 24/1"]),
    ),
)


@given(RULING_PARAMS)
def test_ruling_filters_never_raise_and_round_trip(raw):
    known = {"courts": {"rvv", "rvs"}, "topics": {"asiel"}}
    filters, problems = filters_parse(raw, **known)
    assert set(problems) <= {"court", "topic", "year"}
    assert not CONTROL.search(filters.text) and filters.text == filters.text.strip()
    again, problems_again = filters_parse(filters.as_params(), **known)
    assert problems_again == {}
    assert again == filters


@pytest.mark.engine
@ENGINE_EXAMPLES
@given(
    RULING_PARAMS,
    st.sampled_from(p.LANGUAGES),
    st.integers(-5, 10_000),
    st.integers(-5, 500),
)
def test_the_engine_accepts_every_ruling_search(engine_indices, raw, language, offset, size):
    client, _offers, rulings = engine_indices
    filters, _problems = filters_parse(raw, courts={"rvv", "rvs"}, topics={"asiel"})
    body = ruling_query_body(filters, language, offset=offset, size=size)
    assert _is_plain_json(body)
    assert 1 <= body["size"] <= 100 and body["from"] >= 0
    _validate(client, rulings, body["query"])
    if body["from"] + body["size"] <= 10_000:  # the engine's max_result_window
        _searchable(client, rulings, body)


def test_radius_is_written_without_losing_precision():
    """Found by test_canonical_query_string_is_a_fixed_point: "%g" kept six digits only."""
    params = OfferSearchParams(postcode="9000", radius_km=12.3456789)
    assert parse_params(parse_qs(to_query_string(params)))[0].radius_km == 12.3456789
    assert "radius_km=25" in to_query_string(params.with_changes(radius_km=25.0))
    assert not math.isnan(parse_params({"radius_km": ["1e-300"]})[0].radius_km)
