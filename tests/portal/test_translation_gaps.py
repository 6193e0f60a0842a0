"""The missing-translations report lists each page's fields that fall back to Dutch, per
language; fully translated pages stay off it."""

import pytest
from django.contrib.auth import get_user_model

from portal.factories import StandardPageFactory
from portal.models import StandardPage
from portal.page_text import missing_translations

pytestmark = pytest.mark.django_db

ALL = ("nl", "en", "fr", "uk", "ru", "ar")


@pytest.fixture
def editor_client(client):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw-12345678")
    client.force_login(user)
    return client


@pytest.fixture
def dutch_only(demo_site):
    return StandardPageFactory(
        parent=demo_site,
        title="Alleen Nederlands",
        slug="alleen-nederlands",
        intro="Deze tekst is er alleen in het Nederlands.",
        title_en="Dutch only",
        intro_en="This text is in English too.",
    )


def test_missing_fields_per_language(dutch_only):
    missing = missing_translations(dutch_only)
    assert "en" not in missing
    for code in ("fr", "uk", "ru", "ar"):
        assert missing[code] == ["title", "intro"]


def test_empty_dutch_field_is_not_a_gap(demo_site):
    titles = {f"title_{code}": f"Titel {code}" for code in ALL if code != "nl"}
    page = StandardPageFactory(parent=demo_site, title="Titel", slug="titel", intro="", **titles)
    assert missing_translations(page) == {}


def test_report_lists_pages_with_gaps_only(editor_client, dutch_only):
    translated = StandardPage.objects.get(slug_nl="nederlands-oefenen")
    assert missing_translations(translated) == {}
    response = editor_client.get("/admin/reports/translations/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f"/admin/pages/{dutch_only.pk}/edit/" in html
    assert "title, intro" in html
    assert f"/admin/pages/{translated.pk}/edit/" not in html


def test_report_exports_as_csv(editor_client, dutch_only):
    response = editor_client.get("/admin/reports/translations/?export=csv")
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode() if response.streaming else ""
    body = body or response.content.decode()
    assert "Alleen Nederlands" in body
