"""The offer search on the database uses the first words of a long query only: each word is a
LIKE on a dozen columns, so 40 words would make one very expensive query."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from search.offers.database import MAX_DATABASE_WORDS
from search.offers.params import parse_params
from search.offers.service import search_offers

pytestmark = pytest.mark.django_db


def _most_likes(text: str) -> int:
    params, errors = parse_params({"q": [text]})
    assert not errors
    with CaptureQueriesContext(connection) as queries:
        search_offers(params, language="nl")
    return max(query["sql"].upper().count(" LIKE ") for query in queries.captured_queries)


def test_a_long_query_costs_no_more_than_its_first_words(settings):
    settings.SEARCH = {**settings.SEARCH, "URL": ""}
    words = [f"w{n:02d}" for n in range(40)]
    first = _most_likes(" ".join(words[:MAX_DATABASE_WORDS]))
    assert first > 0
    assert _most_likes(" ".join(words)) == first
