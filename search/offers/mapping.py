"""The offer index: settings, analyzers and mapping, built with elasticsearch.dsl; pure."""

from __future__ import annotations

from elasticsearch.dsl import (
    Boolean,
    Completion,
    Date,
    Float,
    GeoPoint,
    Index,
    Integer,
    Keyword,
    Mapping,
    Object,
    Text,
)

from search.offers import analysis

LANGUAGES = analysis.LANGUAGES
TEXT_PARTS = ("title", "summary", "description")

KEYWORDS = (
    "external_id",
    "source",
    "offer_type",
    "levels",  # "all" when the offer is for every level
    "format",
    "day_parts",
    "support_languages",
    "target_groups",
    "themes",
    "languages",  # languages with a title or summary of their own
    "municipality_nis",
    "postcode",
)
BOOLEANS = (
    "free",
    "childcare",
    "wheelchair",
    "language_friendly",
    "low_literacy",
    "participation",
    "has_schedule",
)


def offers_index_body(
    rules: dict[str, list[str]] | None = None, index_rules: list[str] | None = None
) -> dict:
    """The index body; `rules` are search-time synonym rules per language code, "*" for every
    language; `index_rules` expand the Dutch texts when indexing instead (bench only: query time
    won, see docs/decisions.md)."""
    rules = rules or {}
    index = Index("offers")
    index.settings(
        number_of_shards=1,
        number_of_replicas=0,
        max_result_window=10_000,
    )
    properties: dict = {
        "page_id": Integer(),
        "weekdays": Integer(),
        "location": GeoPoint(),
        "next_start": Date(),
        "next_dates": Date(),
        "occurrence_dates": Date(),
        "last_checked": Date(),
        "valid_until": Date(),
        "cost_amount": Float(index=False),
        "plan": Object(enabled=False),  # the planner's facts, stored and not searched
        "municipality_name": Keyword(),
        "municipality_fr": Keyword(index=False),
        "location_name": Keyword(index=False),
        "title_exact": Keyword(normalizer=analysis.folding_normalizer()),
        "all_text": Text(
            analyzer=analysis.all_index_analyzer(),
            search_analyzer=analysis.all_search_analyzer(analysis.rules_for("*", rules)),
        ),
        "spell": Text(analyzer=analysis.spell_analyzer()),
        "suggest": Completion(analyzer=analysis.suggest_analyzer(), max_input_length=80),
        "place_text": Text(
            analyzer=analysis.all_index_analyzer(),
            copy_to=["all_text", *[f"text_{language}" for language in LANGUAGES]],
        ),
    }
    for name in KEYWORDS:
        properties[name] = Keyword()
    for name in BOOLEANS:
        properties[name] = Boolean()
    all_rules = {language: analysis.rules_for(language, rules) for language in LANGUAGES}
    for language in LANGUAGES:
        index_analyzer = analysis.index_analyzer(
            language, index_rules if language == "nl" else None
        )
        search_analyzer = analysis.search_analyzer(language, all_rules[language])
        properties[f"text_{language}"] = Text(
            analyzer=index_analyzer, search_analyzer=search_analyzer
        )
        for part in TEXT_PARTS:
            copy = [f"text_{language}", "all_text"]
            if part != "description":
                copy.append("spell")
            properties[f"{part}_{language}"] = Text(
                analyzer=index_analyzer, search_analyzer=search_analyzer, copy_to=copy
            )
        properties[f"url_{language}"] = Keyword(index=False)
        properties[f"cost_note_{language}"] = Keyword(index=False)
    mapping = Mapping()
    for name, field in properties.items():
        mapping.field(name, field)
    index.mapping(mapping)
    return index.to_dict()
