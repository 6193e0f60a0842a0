"""Editors keep the rules in the admin: checkboxes per condition, reasons in every language."""

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError

from taalhulp.models import DecisionRule

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw-12345678")
    client.force_login(user)
    return client


def test_page_editor_shows_rules_and_fan_in_every_language(editor_client, aid_page):
    html = editor_client.get(f"/admin/pages/{aid_page.pk}/edit/").content.decode()
    assert 'type="checkbox" name="rules-0-kinds" value="medical"' in html
    assert 'name="rules-0-route"' in html
    for code in ("nl", "en", "fr", "uk", "ru", "ar"):
        assert f'name="rules-0-reason_{code}"' in html
        assert f"fan_{code}-section" in html


def test_settings_open_in_the_admin(editor_client, aid_page):
    response = editor_client.get("/admin/settings/taalhulp/languagehelpsettings/")
    assert response.status_code in (200, 302)


def test_a_condition_accepts_only_its_choices():
    field = DecisionRule._meta.get_field("kinds").formfield()
    assert field.clean(["medical", "legal"]) == ["medical", "legal"]
    assert field.clean([]) == []
    with pytest.raises(ValidationError):
        field.clean(["gossip"])
