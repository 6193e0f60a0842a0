"""The query body of the case-law search on the rulings index, built with elasticsearch.dsl; pure.

The text filter looks at titles and summaries (every language), the ECLI and the role number,
as the database path does (vreemdelingenrecht.services), so both give the same answer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from elasticsearch.dsl import Q, Search

if TYPE_CHECKING:  # only the type: this module stays free of any app
    from vreemdelingenrecht.filters import RulingFilters

SOURCE_FIELDS = ["ruling_id"]
SORT = [{"decision_date": {"order": "desc"}}, {"ruling_id": {"order": "desc"}}]


def ruling_query_body(
    filters: RulingFilters, language: str, *, offset: int = 0, size: int = 20
) -> dict:
    """Rulings matching every filter, newest first. Text must match every word, in the titles
    and summaries of any language, or the role number; an ECLI matches exactly."""
    must, filter_ = [], []
    if filters.ecli:
        filter_.append(Q("term", ecli=filters.ecli))
    elif filters.text:
        must.append(
            Q(
                "bool",
                should=[
                    Q("match", all_text={"query": filters.text, "operator": "and"}),
                    Q(
                        "multi_match",
                        query=filters.text,
                        fields=[f"title_{language}", f"summary_{language}"],
                        type="cross_fields",
                        operator="and",
                    ),
                    Q("term", role_number=filters.text),
                ],
                minimum_should_match=1,
            )
        )
    if filters.court:
        filter_.append(Q("term", court=filters.court))
    if filters.year:
        filter_.append(Q("term", year=filters.year))
    if filters.topic:
        filter_.append(Q("term", topics=filters.topic))
    search = (
        Search()
        .query(Q("bool", must=must or [Q("match_all")], filter=filter_))
        .sort(*SORT)
        .source(SOURCE_FIELDS)
        .extra(from_=max(offset, 0), size=max(min(size, 100), 1), track_total_hits=True)
    )
    return search.to_dict()
