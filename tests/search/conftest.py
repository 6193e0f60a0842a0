"""Engine fixtures: a client on the real OpenSearch node of `make test`, with its own indices."""

import uuid

import pytest

from search.client import EngineUnavailable, get_client
from tests.conftest import missing_service


@pytest.fixture
def engine(settings):
    """A client whose index names are unique to this test; its indices are dropped afterwards."""
    if not settings.SEARCH["URL"]:
        missing_service("no search engine configured (SEARCH_URL); run `make test`")
    settings.SEARCH = {**settings.SEARCH, "INDEX_PREFIX": f"t-{uuid.uuid4().hex[:10]}"}
    client = get_client()
    try:
        client.info()
    except EngineUnavailable as error:
        missing_service(f"the search engine at {settings.SEARCH['URL']} does not answer: {error}")
    yield client
    for name in client.indices(f"{settings.SEARCH['INDEX_PREFIX']}-*"):
        client.delete_index(name)
