"""Property tests of the case-law filters and the page and case-law query builders: any query
string gives filters or named problems, and a bounded, serialisable engine request."""

import json

from hypothesis import example, given, settings
from hypothesis import strategies as st

from search.pages.query_body import page_query_body
from search.rulings.query_body import ruling_query_body
from tests.hypothesis_profiles import examples
from vreemdelingenrecht.filters import MAX_TEXT, RulingFilters, filters_parse

COURTS = {"rvv", "raad-van-state", "grondwettelijk-hof"}
TOPICS = {"gezinshereniging", "asiel", "tijdelijke-bescherming"}
LANGUAGES = st.sampled_from(["nl", "en", "fr", "uk", "ru", "ar"])
ANY_TEXT = st.text(max_size=300)
YEARS = st.integers(1900, 2200).map(str) | st.text(alphabet="0123456789²³¹٢٠١٩", max_size=5)
PARAMS = st.fixed_dictionaries(
    {},
    optional={
        "q": ANY_TEXT,
        "court": st.sampled_from(sorted(COURTS)) | ANY_TEXT,
        "topic": st.sampled_from(sorted(TOPICS)) | ANY_TEXT,
        "year": YEARS | ANY_TEXT,
    },
)


@settings(max_examples=examples(500), deadline=None)
@given(PARAMS)
@example({"year": "²"})  # found by the years below: isdigit() but not int(), a 500
def test_any_parameters_give_filters_or_named_problems(params):
    filters, problems = filters_parse(params, courts=COURTS, topics=TOPICS)
    assert set(problems) <= {"court", "topic", "year"}
    assert len(filters.text) <= MAX_TEXT
    assert filters.text == filters.text.strip()
    assert not any(ord(char) < 32 or ord(char) == 127 for char in filters.text)
    assert filters.court in COURTS | {""}
    assert filters.topic in TOPICS | {""}
    assert filters.year is None or 1950 <= filters.year <= 2100
    # A value that was dropped is named, so the page can say what it ignored.
    kept = {"court": filters.court, "topic": filters.topic, "year": filters.year}
    for name, value in kept.items():
        if str(params.get(name, "")).strip() and not value:
            assert name in problems, (name, params)


@settings(max_examples=examples(300), deadline=None)
@given(PARAMS)
def test_the_listing_url_gives_back_the_same_filters(params):
    filters, _problems = filters_parse(params, courts=COURTS, topics=TOPICS)
    again, problems = filters_parse(filters.as_params(), courts=COURTS, topics=TOPICS)
    assert (again, problems) == (filters, {})


@settings(max_examples=examples(300), deadline=None)
@given(
    text=ANY_TEXT,
    court=st.sampled_from(sorted(COURTS | {""})),
    year=st.none() | st.integers(1950, 2100),
    language=LANGUAGES,
    offset=st.integers(-(10**6), 10**6),
    size=st.integers(-100, 1000),
)
def test_ruling_requests_are_plain_json(text, court, year, language, offset, size):
    body = ruling_query_body(RulingFilters(text=text[:MAX_TEXT], court=court, year=year), language)
    assert json.loads(json.dumps(body)) == body
    body = page_query_body(text, language, offset=offset, size=size)
    assert json.loads(json.dumps(body)) == body
    assert body["from"] >= 0 and 1 <= body["size"] <= 50
