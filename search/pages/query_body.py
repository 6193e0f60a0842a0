"""The query body of the site search on the pages index, built with elasticsearch.dsl; pure."""

from elasticsearch.dsl import Q, Search

FALLBACK_LANGUAGE = "nl"
# Typos are forgiven from four letters on (one edit), two edits from eight letters.
FUZZINESS = "AUTO:4,8"


SOURCE_FIELDS = ["page_id", "page_type", "languages", "published_at"]


def _shown_fields(language: str) -> list[str]:
    return [f"url_{language}", f"title_{language}", f"intro_{language}", "title_nl", "intro_nl"]


def _fields(language: str) -> list[str]:
    return [f"title_{language}^3", f"intro_{language}^2", f"body_{language}"]


def _text_matches(text: str, language: str, boost: float) -> list:
    return [
        Q(
            "multi_match",
            query=text,
            fields=_fields(language),
            fuzziness=FUZZINESS,
            prefix_length=1,
            boost=boost,
        ),
        Q("multi_match", query=text, fields=_fields(language), type="phrase_prefix", boost=boost),
    ]


def page_query_body(text: str, language: str, *, offset: int = 0, size: int = 10) -> dict:
    """Find pages in the visitor's language first, Dutch next, any language last."""
    text = " ".join(text.split())[:200]
    matches = _text_matches(text, language, boost=2.0)
    if language != FALLBACK_LANGUAGE:
        matches += _text_matches(text, FALLBACK_LANGUAGE, boost=1.0)
    matches.append(Q("match", all_text={"query": text, "fuzziness": FUZZINESS, "boost": 0.5}))
    query = Q(
        "bool",
        must=[Q("bool", should=matches, minimum_should_match=1)],
        should=[Q("term", languages={"value": language, "boost": 3.0})],
    )
    search = (
        Search()
        .query(query)
        .source(list(dict.fromkeys(SOURCE_FIELDS + _shown_fields(language))))
        .extra(from_=max(offset, 0), size=max(min(size, 50), 1), track_total_hits=True)
    )
    return search.to_dict()
