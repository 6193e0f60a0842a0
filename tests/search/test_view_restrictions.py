"""A page made private (a view restriction) leaves site search at once, with everything below
it, on the engine and on the database; lifting the restriction brings it back."""

import pytest
from wagtail.models import PageViewRestriction

from portal.factories import StandardPageFactory
from search import lifecycle
from search.pages.documents import PAGES

pytestmark = pytest.mark.django_db

WORD = "zebrakoffie"


@pytest.fixture
def private_section(demo_site):
    section = StandardPageFactory(
        parent=demo_site, title=f"Sectie {WORD}", slug="sectie", intro=f"Over {WORD} en meer."
    )
    child = StandardPageFactory(
        parent=section, title=f"Kindpagina {WORD}", slug="kind", intro=f"Ook hier {WORD}, dieper."
    )
    return section, child


def _found(client) -> list[str]:
    html = client.get("/nl/search/", {"q": WORD}).content.decode()
    return [title for title in (f"Sectie {WORD}", f"Kindpagina {WORD}") if title in html]


def _restrict(page, capture) -> PageViewRestriction:
    with capture(execute=True):  # the index update runs after the commit, eagerly here
        return PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.LOGIN
        )


@pytest.mark.engine
def test_a_restricted_page_and_its_children_leave_the_engine(
    client, engine, private_section, django_capture_on_commit_callbacks
):
    section, _child = private_section
    lifecycle.rebuild(engine, PAGES)
    assert _found(client) == [f"Sectie {WORD}", f"Kindpagina {WORD}"]

    restriction = _restrict(section, django_capture_on_commit_callbacks)
    engine.refresh(lifecycle.alias_name(engine, PAGES))
    assert _found(client) == []

    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    engine.refresh(lifecycle.alias_name(engine, PAGES))
    assert _found(client) == [f"Sectie {WORD}", f"Kindpagina {WORD}"]


def test_the_database_search_leaves_restricted_pages_out(
    client, private_section, settings, django_capture_on_commit_callbacks
):
    settings.SEARCH = {**settings.SEARCH, "URL": ""}
    section, _child = private_section
    assert _found(client) == [f"Sectie {WORD}", f"Kindpagina {WORD}"]
    _restrict(section, django_capture_on_commit_callbacks)
    assert _found(client) == []
