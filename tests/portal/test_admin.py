"""Editors can open the Wagtail admin screens of portal content, with every language's fields."""

import pytest
from django.contrib.auth import get_user_model

from portal.models import NavigationMenu, StandardPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw-12345678")
    client.force_login(user)
    return client


def test_page_editor_shows_fields_for_every_language(editor_client, demo_site):
    page = StandardPage.objects.get(slug_nl="nederlands-oefenen")
    html = editor_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    for code in ("nl", "en", "fr", "uk", "ru", "ar"):
        assert f'name="title_{code}"' in html
        assert f'name="intro_{code}"' in html
        assert f"body_{code}-section" in html


def test_menu_snippet_and_site_settings_open(editor_client, demo_site):
    menu = NavigationMenu.objects.get(location="main")
    response = editor_client.get(f"/admin/snippets/portal/navigationmenu/edit/{menu.pk}/")
    assert response.status_code == 200
    assert 'name="items-0-label_uk"' in response.content.decode()
    settings_page = editor_client.get("/admin/settings/portal/sitesettings/")
    assert settings_page.status_code in (200, 302)


def test_anonymous_visitors_are_sent_to_login(client):
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/admin/login/")


def test_audit_log_and_outbox_are_read_only(editor_client):
    from portal.audit import audit
    from portal.models import AuditEvent

    event = audit(None, "retention.anonymise", detail="2 candidates")
    assert editor_client.get("/admin/audit_log/").status_code == 200
    assert "retention.anonymise" in editor_client.get("/admin/audit_log/").content.decode()
    assert editor_client.get(f"/admin/audit_log/inspect/{event.pk}/").status_code == 200
    assert editor_client.get("/admin/outbox/").status_code == 200
    for url in (
        "/admin/audit_log/new/",
        f"/admin/audit_log/edit/{event.pk}/",
        f"/admin/audit_log/delete/{event.pk}/",
        "/admin/outbox/new/",
    ):
        assert editor_client.get(url).status_code in (302, 403, 404), url
    assert AuditEvent.objects.filter(pk=event.pk).exists()


def test_editors_without_the_view_permission_cannot_read_the_audit_log(client):
    from django.contrib.auth.models import Permission

    user = get_user_model().objects.create_user("plain-editor", password="pw-12345678")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get("/admin/audit_log/").status_code in (302, 403)
