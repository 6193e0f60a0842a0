"""The plain-language panel in the page editor and the report of pages above B1: advice only,
publishing still works."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from wagtail.users.models import UserProfile

from portal.factories import StandardPageFactory
from tests.portal.test_plain_language_scoring import EASY, HARD

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw-12345678")
    client.force_login(user)
    return client


@pytest.fixture
def pages(demo_site):
    hard = StandardPageFactory(
        parent=demo_site, title="Moeilijke pagina", slug="moeilijk", intro=HARD, intro_en=""
    )
    easy = StandardPageFactory(
        parent=demo_site, title="Makkelijke pagina", slug="makkelijk", intro=EASY
    )
    return hard, easy


def test_panel_renders_in_the_page_editor(editor_client, pages):
    hard, _easy = pages
    html = editor_client.get(f"/admin/pages/{hard.pk}/edit/").content.decode()
    assert 'data-side-panel-toggle="plain-language"' in html
    assert "data-plain-language-panel" in html
    assert "data-flesch-douma" in html
    # The admin speaks Dutch by default.
    assert "Lange zin" in html
    assert "Passieve zin" in html
    assert "Zeg wie het doet" in html


def test_panel_speaks_the_editors_language(editor_client, pages):
    hard, _easy = pages
    profile = UserProfile.get_for_user(get_user_model().objects.get(username="editor"))
    profile.preferred_language = "en"
    profile.save()
    html = editor_client.get(f"/admin/pages/{hard.pk}/edit/").content.decode()
    assert "Long sentence" in html
    assert "Say who does it" in html


def test_panel_scores_other_languages_by_length(editor_client, demo_site):
    page = StandardPageFactory(
        parent=demo_site,
        title="Pagina",
        slug="pagina-en",
        intro=EASY,
        intro_en="You learn Dutch faster when you speak it often.",
    )
    html = editor_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert 'data-language="en"' in html
    assert html.count("data-flesch-douma") == 1  # Dutch only


def test_publishing_hard_text_is_not_blocked(editor_client, pages):
    hard, _easy = pages
    response = editor_client.get(f"/admin/pages/{hard.pk}/edit/")
    assert response.status_code == 200
    form = {"title_nl": hard.title, "slug_nl": hard.slug, "intro_nl": HARD}
    form.update({f"body_{code}-count": "0" for code, _name in settings.LANGUAGES})
    response = editor_client.post(
        f"/admin/pages/{hard.pk}/edit/", {**form, "action-publish": "publish"}
    )
    assert response.status_code == 302
    hard.refresh_from_db()
    assert hard.live


def test_report_lists_hard_pages_not_easy_ones(editor_client, pages):
    hard, easy = pages
    response = editor_client.get("/admin/reports/plain-language/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f"/admin/pages/{hard.pk}/edit/" in html
    assert f"/admin/pages/{easy.pk}/edit/" not in html


def test_report_is_in_the_reports_menu(editor_client, demo_site):
    html = editor_client.get("/admin/").content.decode()
    assert "/admin/reports/plain-language/" in html
    assert "/admin/reports/translations/" in html
