"""The holes the permission matrix found stay closed: subscriber chooser, move confirmation."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from tests.portal import permission_world
from vreemdelingenrecht.nieuwsbrief.permissions import managers_ensure

pytestmark = pytest.mark.django_db

CHOOSER = "/admin/snippets/choose/nieuwsbrief/subscriber/"


@pytest.fixture
def world(demo_site):
    return permission_world.build(demo_site)


def test_editors_and_coordinators_cannot_list_subscribers_in_the_chooser(client, world):
    address = world["subscriber"].email
    for role in ("organisation_editor", "local_authority_editor", "local_coordinator"):
        permission_world.sign_in(client, world, role)
        for url in (CHOOSER, CHOOSER + "results/", f"{CHOOSER}chosen/{world['subscriber'].pk}/"):
            response = client.get(url)
            assert response.status_code in (302, 403), (role, url)
            assert address not in response.content.decode(), (role, url)


def test_newsletter_managers_and_superusers_still_choose_subscribers(client, world):
    manager = get_user_model().objects.create_user("manager", "m@example.org", "x" * 16)
    manager.groups.add(managers_ensure())
    for user in (manager, world["users"]["superuser"]):
        client.force_login(user)
        response = client.get(CHOOSER + "results/")
        assert response.status_code == 200
        assert world["subscriber"].email in response.content.decode()


def test_move_confirmation_needs_the_right_to_move(client, world):
    offer, organisation = world["offer_leuven"], world["leuven"]
    url = f"/admin/pages/{offer.pk}/move/{organisation.pk}/confirm/"
    for role in ("organisation_editor", "local_authority_editor", "local_coordinator"):
        permission_world.sign_in(client, world, role)
        response = client.get(url)
        assert response.status_code in (302, 403), role
        assert offer.title not in response.content.decode(), role
        client.post(url)
        offer.refresh_from_db()
        assert offer.get_parent().pk == organisation.pk
    permission_world.sign_in(client, world, "agency_moderator")
    assert client.get(url).status_code == 200


def test_translation_copy_needs_edit_rights_csrf_and_well_formed_input(client, world):
    from django.test import Client

    own, foreign = world["offer_a"], world["offer_leuven"]
    url = "/admin/pages/{}/edit/copy_translation_content/"
    xhr = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"}
    permission_world.sign_in(client, world, "organisation_editor")
    assert client.post(url.format(foreign.pk), {}, **xhr).status_code in (302, 403)
    assert client.post(url.format(own.pk), {}).status_code == 400  # was a 500
    assert client.post(url.format(own.pk), {"origin_field_name": "x"}, **xhr).status_code == 400
    missing = client.post(url.format(999999), {}, **xhr)  # was a 500
    # A 404 in the admin: Django's locale middleware first tries the /nl/ address.
    assert missing.status_code == 404 or missing["Location"].startswith("/nl/admin/pages/999999/")
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(world["users"]["organisation_editor"])
    assert strict.post(url.format(own.pk), {}, **xhr).status_code == 403  # no CSRF token
