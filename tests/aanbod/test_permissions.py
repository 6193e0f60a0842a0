"""An editor of organisation A cannot see or change B's offers; moderators approve publishing."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Workflow

from aanbod.models import OfferPage
from aanbod.permissions import MODERATORS_GROUP, WORKFLOW_NAME

pytestmark = pytest.mark.django_db


def _editor_of(organisation, username):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "pw-123456789")
    user.groups.add(organisation.editors_group)
    return user


def test_each_organisation_gets_its_own_editors_group(offer_tree):
    gent, leuven = offer_tree["gent"], offer_tree["leuven"]
    assert gent.editors_group.name == "Redactie Stad Gent"
    assert gent.editors_group != leuven.editors_group


def test_editor_can_edit_own_offers_only(client, offer_tree):
    client.force_login(_editor_of(offer_tree["gent"], "gent-editor"))
    own, other = offer_tree["offer_gent"], offer_tree["offer_leuven"]
    assert client.get(f"/admin/pages/{own.pk}/edit/").status_code == 200
    denied = client.get(f"/admin/pages/{other.pk}/edit/")
    assert denied.status_code in (302, 403)
    posted = client.post(f"/admin/pages/{other.pk}/edit/", {"title_nl": "Gekaapt"})
    assert posted.status_code in (302, 403)
    assert OfferPage.objects.get(pk=other.pk).title_nl == "Taalcafé Leuven"
    assert client.get(f"/admin/pages/{offer_tree['leuven'].pk}/add_subpage/").status_code in (
        302,
        403,
    )


def test_editor_does_not_see_other_organisations_in_the_explorer(client, offer_tree):
    client.force_login(_editor_of(offer_tree["gent"], "gent-editor"))
    own = client.get(f"/admin/pages/{offer_tree['gent'].pk}/")
    assert own.status_code == 200 and "Praattafel Gent" in own.content.decode()
    other = client.get(f"/admin/pages/{offer_tree['leuven'].pk}/")
    assert other.status_code in (302, 403) or "Taalcafé Leuven" not in other.content.decode()
    search = client.get("/admin/pages/search/", {"q": "Taalcafé"}).content.decode()
    assert "Taalcafé Leuven" not in search


def test_editor_cannot_publish_directly_and_moderators_approve(client, offer_tree):
    assert Workflow.objects.get(name=WORKFLOW_NAME).workflow_tasks.count() == 1
    editor = _editor_of(offer_tree["gent"], "gent-editor")
    offer = offer_tree["offer_gent"]
    assert offer.permissions_for_user(editor).can_publish() is False
    assert offer.get_workflow().name == WORKFLOW_NAME
    moderator = get_user_model().objects.create_user("mod", "mod@example.org", "pw-123456789")
    moderator.groups.add(
        offer_tree["gent"].editors_group.__class__.objects.get(name=MODERATORS_GROUP)
    )
    assert offer.permissions_for_user(moderator).can_publish() is True
