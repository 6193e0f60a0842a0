"""The offer search request, built with elasticsearch.dsl as a plain dict; pure.

The HTML finder, the API and the benchmark all send exactly this body."""

from __future__ import annotations

from elasticsearch.dsl import Q, Search

from portal.vocabulary import OFFER_LEVELS, SITE_LANGUAGES
from search.offers.params import BOOLEAN_FILTERS, OfferSearchParams
from search.offers.relax import SearchPlan
from search.offers.results import FACETS
from search.text import normalise_query

# Typos are forgiven from four letters on (one edit), two edits from eight letters.
FUZZINESS = "AUTO:4,8"
ALL_LANGUAGES = SITE_LANGUAGES
FACET_SIZE = 50
# Boolean facets map to these index fields.
BOOLEAN_FIELDS = {name: name for name in BOOLEAN_FILTERS}
TERM_FIELDS = {
    "type": "offer_type",
    "format": "format",
    "weekday": "weekdays",
    "daypart": "day_parts",
    "support_language": "support_languages",
    "target_group": "target_groups",
    "theme": "themes",
    **BOOLEAN_FIELDS,
}
LEVEL_VALUES = OFFER_LEVELS


def searched_languages(plan: SearchPlan, language: str) -> list[str]:
    """The visitor's language, the requested one, Dutch and English; every one when relaxed."""
    wanted = [language, plan.params.lang, "nl", "en"]
    if plan.all_languages:
        wanted += list(ALL_LANGUAGES)
    return [code for code in dict.fromkeys(wanted) if code in ALL_LANGUAGES]


def text_query(plan: SearchPlan, language: str):
    text = plan.params.q
    operator = "or" if plan.loose_text else "and"
    matches = []
    for position, code in enumerate(searched_languages(plan, language)):
        weight = 2.0 if position == 0 else (1.0 if code in ("nl", plan.params.lang) else 0.7)
        field = f"text_{code}"
        matches += [
            Q(
                "match",
                **{
                    field: {
                        "query": text,
                        "operator": operator,
                        "fuzziness": FUZZINESS,
                        "prefix_length": 1,
                        "boost": weight,
                    }
                },
            ),
            Q(
                "match_bool_prefix",
                **{field: {"query": text, "operator": operator, "boost": weight * 0.8}},
            ),
            Q("match_phrase", **{f"title_{code}": {"query": text, "boost": weight * 3}}),
        ]
    # The words as typed (folded, no synonyms or stems) count extra: "taalcafe" puts the
    # taalcafés before the praattafels its synonyms also find.
    matches.append(
        Q(
            "match",
            all_text={"query": text, "operator": operator, "analyzer": "offers_all", "boost": 2.0},
        )
    )
    if plan.all_languages:
        matches.append(
            Q(
                "match",
                all_text={
                    "query": text,
                    "operator": operator,
                    "fuzziness": FUZZINESS,
                    "boost": 0.5,
                },
            )
        )
    return Q(
        "bool",
        should=matches,
        minimum_should_match=1,
    )


def facet_filters(params: OfferSearchParams) -> dict[str, object]:
    """One filter per facet with a selection; they go into post_filter and the other facets'
    aggregations, so each facet's counts ignore its own selection."""
    found: dict[str, object] = {}
    if params.types:
        found["type"] = Q("terms", offer_type=list(params.types))
    if params.levels:
        # Offers for all levels welcome every learner.
        found["level"] = Q("terms", levels=[*params.levels, "all"])
    if params.format:
        found["format"] = Q("term", format=params.format)
    if params.weekday is not None:
        found["weekday"] = Q("term", weekdays=params.weekday)
    if params.daypart:
        found["daypart"] = Q("term", day_parts=params.daypart)
    for name in BOOLEAN_FILTERS:
        value = getattr(params, name)
        if value is not None:
            found[name] = Q("term", **{name: value})
    if params.support_language:
        found["support_language"] = Q("term", support_languages=params.support_language)
    if params.target_group:
        found["target_group"] = Q("term", target_groups=params.target_group)
    if params.theme:
        found["theme"] = Q("term", themes=params.theme)
    return found


def base_filters(params: OfferSearchParams, point: tuple[float, float] | None) -> list:
    """Filters every count respects: the place, online offers, the date range."""
    filters = []
    if point is not None and params.format != "online":
        near = Q(
            "geo_distance",
            distance=f"{params.effective_radius_km:g}km",
            location={"lat": point[0], "lon": point[1]},
        )
        if params.include_online:
            near = Q("bool", should=[near, Q("term", format="online")], minimum_should_match=1)
        filters.append(near)
    if params.date_from or params.date_to:
        window = {}
        if params.date_from:
            window["gte"] = params.date_from.isoformat()
        if params.date_to:
            window["lte"] = params.date_to.isoformat()
        filters.append(
            Q(
                "bool",
                should=[
                    Q("range", occurrence_dates=window),
                    Q("term", has_schedule=False),  # no fixed times: always possible
                ],
                minimum_should_match=1,
            )
        )
    return filters


def _boosts(params: OfferSearchParams, language: str, point) -> list:
    boosts = [
        Q("term", languages={"value": language, "boost": 1.5}),
        Q("distance_feature", field="last_checked", origin="now", pivot="60d", boost=1.0),
    ]
    if params.q:
        exact = normalise_query(params.q)
        boosts.append(Q("term", title_exact={"value": exact, "boost": 10.0}))
    if point is not None:
        boosts.append(
            Q(
                "distance_feature",
                field="location",
                origin=[point[1], point[0]],
                pivot="5km",
                boost=3.0,
            )
        )
    return boosts


def _facet_aggregation(name: str, others: list):
    scope = Q("bool", filter=others) if others else Q("match_all")
    if name == "level":
        buckets = {code: Q("terms", levels=[code, "all"]).to_dict() for code in LEVEL_VALUES}
        inner = {"filters": {"filters": buckets}}
    else:
        inner = {"terms": {"field": TERM_FIELDS[name], "size": FACET_SIZE}}
    return {"filter": scope.to_dict(), "aggs": {"values": inner}}


def _sort(params: OfferSearchParams, point) -> list:
    soonest = {"next_start": {"order": "asc", "missing": "_last"}}
    if params.sort == "distance" and point is not None:
        distance = {
            "_geo_distance": {
                "location": {"lat": point[0], "lon": point[1]},
                "order": "asc",
                "unit": "km",
                "ignore_unmapped": True,
            }
        }
        return [distance, "_score", soonest]
    if params.sort == "next_date":
        return [soonest, "_score"]
    return ["_score", soonest, {"page_id": "asc"}]


def source_fields(language: str) -> list[str]:
    shown = [language, "nl"]
    return list(
        dict.fromkeys(
            [
                "page_id", "external_id", "source", "offer_type", "levels", "format",
                "municipality_name", "location_name", "location", "next_dates", "free",
                "cost_amount", "languages", "weekdays", "day_parts", "postcode", "plan",
                *[f"title_{code}" for code in shown],
                *[f"summary_{code}" for code in shown],
                *[f"cost_note_{code}" for code in shown],
                f"url_{language}",
            ]
        )
    )  # fmt: skip


def offer_query_body(
    plan: SearchPlan,
    *,
    language: str,
    point: tuple[float, float] | None = None,
    facets: bool = True,
    suggest: bool = False,
) -> dict:
    """The search body for one attempt of the plan."""
    params = plan.params
    must = [text_query(plan, language)] if params.q else [Q("match_all")]
    query = Q(
        "bool",
        must=must,
        filter=base_filters(params, point),
        should=_boosts(params, language, point),
    )
    selected = facet_filters(params)
    search = (
        Search()
        .query(query)
        .source(source_fields(language))
        .sort(*_sort(params, point))
        .extra(from_=params.offset, size=params.page_size, track_total_hits=True)
    )
    if selected:
        search = search.post_filter(Q("bool", filter=list(selected.values())))
    body = search.to_dict()
    if facets:
        body["aggs"] = {
            name: _facet_aggregation(
                name, [f.to_dict() for other, f in selected.items() if other != name]
            )
            for name in FACETS
        }
    if suggest and params.q and len(params.q) >= 4:
        body["suggest"] = {
            "text": params.q,
            "did_you_mean": {
                "phrase": {
                    "field": "spell",
                    "size": 1,
                    "max_errors": 2,
                    "confidence": 1.0,
                    "direct_generator": [
                        {"field": "spell", "suggest_mode": "always", "min_word_length": 4}
                    ],
                }
            },
        }
    return body


def count_body(text: str, language: str) -> dict:
    """A strict (no typo) count for a suggested text: is the suggestion worth showing?"""
    fields = [f"text_{code}" for code in dict.fromkeys([language, "nl", "en"])]
    return {
        "size": 0,
        "track_total_hits": True,
        "query": Q("multi_match", query=text, fields=fields, operator="and").to_dict(),
    }


def suggest_body(prefix: str, *, limit: int = 8) -> dict:
    """As-you-type suggestions from the offer titles, forgiving one typo from four letters."""
    completion: dict = {"field": "suggest", "size": limit * 3, "skip_duplicates": True}
    if len(prefix) >= 4:
        completion["fuzzy"] = {"fuzziness": 1, "prefix_length": 1}
    return {"_source": False, "suggest": {"titles": {"prefix": prefix, "completion": completion}}}
