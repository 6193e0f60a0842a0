"""Offer search parameters, the relaxation ladder and the query body: pure, no services."""

from datetime import date

from search.offers import params as vocab
from search.offers.params import OfferSearchParams, parse_params, to_query_string
from search.offers.query_body import offer_query_body
from search.offers.relax import SearchPlan, relaxations


def test_parse_and_write_back_round_trip():
    query = {
        "q": ["  praattafel   gent "],
        "level": ["A2", "a1"],
        "type": ["practice,leisure"],
        "free": ["true"],
        "childcare": ["0"],
        "weekday": ["1"],
        "daypart": ["evening"],
        "postcode": ["9000"],
        "radius_km": ["25"],
        "date_from": ["2026-12-01"],
        "sort": ["distance"],
    }
    params, errors = parse_params(query)
    assert errors == {}
    assert params.q == "praattafel gent"
    assert params.levels == ("A1", "A2") and params.types == ("practice", "leisure")
    assert params.free is True and params.childcare is False
    assert params.date_from == date(2026, 12, 1) and params.radius_km == 25.0
    from urllib.parse import parse_qs

    again, errors = parse_params(parse_qs(to_query_string(params)))
    assert errors == {} and again == params
    assert to_query_string(OfferSearchParams()) == ""


def test_bad_values_get_one_code_each_and_keep_the_default():
    params, errors = parse_params(
        {
            "free": ["maybe"],
            "weekday": ["7"],
            "page": ["x"],
            "level": ["Z9"],
            "postcode": ["90000"],
            "date_from": ["2026-02-30"],
            "sort": ["random"],
        }
    )
    assert errors == {
        "free": "invalid_boolean",
        "weekday": "out_of_range",
        "page": "not_a_number",
        "level": "invalid_choice",
        "postcode": "invalid_postcode",
        "date_from": "invalid_date",
        "sort": "invalid_choice",
    }
    assert params == OfferSearchParams()


def test_vocabularies_match_the_offer_catalogue():
    from aanbod import choices

    assert tuple(choices.OfferType.values) == vocab.TYPES
    assert tuple(choices.Format.values) == vocab.FORMATS
    assert tuple(choices.DAY_PARTS) == vocab.DAYPARTS


def test_the_ladder_loosens_in_order_and_only_what_was_asked():
    params = OfferSearchParams(q="praattafel", postcode="9000", daypart="evening", weekday=1)
    codes = [code for code, _ in relaxations(SearchPlan(params))]
    assert codes == [
        "wider_radius_25",
        "wider_radius_50",
        "include_online",
        "any_daypart",
        "any_weekday",
        "all_languages",
        "any_text",
    ]
    assert [code for code, _ in relaxations(SearchPlan(OfferSearchParams()))] == []


def test_the_body_has_disjunctive_facets_and_a_place_filter():
    params = OfferSearchParams(q="praattafel", types=("practice",), postcode="9000", free=True)
    body = offer_query_body(SearchPlan(params), language="uk", point=(51.05, 3.72))
    assert body["post_filter"]["bool"]["filter"] == [
        {"terms": {"offer_type": ["practice"]}},
        {"term": {"free": True}},
    ]
    type_scope = body["aggs"]["type"]["filter"]
    assert type_scope == {"bool": {"filter": [{"term": {"free": True}}]}}
    assert {"geo_distance": {"distance": "10km", "location": {"lat": 51.05, "lon": 3.72}}} in (
        body["query"]["bool"]["filter"]
    )
    text = str(body["query"]["bool"]["must"])
    assert "text_uk" in text and "AUTO:4,8" in text and "match_bool_prefix" in text
