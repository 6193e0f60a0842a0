"""The page query builder: pure dicts, no engine needed."""

from search.pages.query_body import FUZZINESS, page_query_body


def _should(body):
    return body["query"]["bool"]["must"][0]["bool"]["should"]


def test_visitor_language_first_then_dutch_then_all():
    body = page_query_body("buddy", "uk")
    fields = [c["multi_match"]["fields"] for c in _should(body) if "multi_match" in c]
    assert fields[0] == ["title_uk^3", "intro_uk^2", "body_uk"]
    assert ["title_nl^3", "intro_nl^2", "body_nl"] in fields
    assert {"match": {"all_text": {"query": "buddy", "fuzziness": FUZZINESS, "boost": 0.5}}} in (
        _should(body)
    )
    assert body["query"]["bool"]["should"] == [
        {"term": {"languages": {"value": "uk", "boost": 3.0}}}
    ]


def test_typos_forgiven_from_four_letters_and_prefixes_match():
    clauses = _should(page_query_body("nederlans", "nl"))
    fuzzy = [c for c in clauses if c.get("multi_match", {}).get("fuzziness")]
    prefix = [c for c in clauses if c.get("multi_match", {}).get("type") == "phrase_prefix"]
    assert fuzzy and all(c["multi_match"]["fuzziness"] == "AUTO:4,8" for c in fuzzy)
    assert prefix


def test_dutch_visitors_do_not_get_dutch_fields_twice():
    clauses = [c for c in _should(page_query_body("taal", "nl")) if "multi_match" in c]
    assert len(clauses) == 2


def test_paging_is_clamped_and_text_normalised():
    body = page_query_body("  veel   spaties ", "en", offset=-5, size=1000)
    assert body["from"] == 0 and body["size"] == 50
    assert _should(body)[0]["multi_match"]["query"] == "veel spaties"
    assert len(_should(page_query_body("x" * 1000, "en"))[0]["multi_match"]["query"]) == 200


def test_only_needed_fields_come_back():
    source = page_query_body("a", "ar")["_source"]
    assert "url_ar" in source and "title_ar" in source and "title_nl" in source
    assert "body_ar" not in source
