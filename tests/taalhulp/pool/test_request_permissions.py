"""One local service's members never see or touch another service's requests."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from taalhulp.pool.factories import HelpRequestFactory, LocalServiceFactory
from taalhulp.pool.models import HelpRequest
from tests.taalhulp.pool.request_helpers import coordinator, member

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_services():
    gent = LocalServiceFactory(name="OCMW Gent")
    leuven = LocalServiceFactory(name="Stad Leuven")
    return {
        "gent": gent,
        "leuven": leuven,
        "gent_request": HelpRequestFactory(service=gent, description="Gent formulier"),
        "leuven_request": HelpRequestFactory(service=leuven, description="Leuven formulier"),
        "griet": member("griet", gent),
        "lode": member("lode", leuven),
    }


def _urls(pk: int) -> list[str]:
    return [
        reverse("taalhulpen_helprequest:detail", args=[pk]),
        reverse("taalhulpen_helprequest:cancel", args=[pk]),
        reverse("taalhulpen_helprequest:feedback", args=[pk]),
    ]


def test_a_member_lists_only_their_own_services_requests(client, two_services):
    client.force_login(two_services["griet"])
    response = client.get(reverse("taalhulpen_helprequest:index"))
    assert response.status_code == 200
    shown = list(response.context["page"])
    assert shown == [two_services["gent_request"]]
    assert reverse(
        "taalhulpen_helprequest:detail", args=[two_services["leuven_request"].pk]
    ) not in (response.content.decode())


def test_a_member_cannot_open_cancel_or_give_feedback_on_another_services_request(
    client, two_services
):
    client.force_login(two_services["griet"])
    other = two_services["leuven_request"]
    for url in _urls(other.pk):
        # Admin 404s pass through the locale redirect first: follow it.
        assert client.get(url, follow=True).status_code in (403, 404), url
        posted = client.post(url, {"score": "5", "text": ""}, follow=True)
        assert posted.status_code in (403, 404), url
    other.refresh_from_db()
    assert other.status == HelpRequest.Status.OPEN
    assert other.feedback_at is None


def test_a_member_opens_their_own_request(client, two_services):
    client.force_login(two_services["griet"])
    own = two_services["gent_request"]
    response = client.get(reverse("taalhulpen_helprequest:detail", args=[own.pk]))
    assert response.status_code == 200
    assert "Gent formulier" in response.content.decode()


def test_a_member_cannot_ask_for_another_service(client, two_services):
    lode, gent = two_services["lode"], two_services["gent"]
    both = member("both", gent, two_services["leuven"])
    client.force_login(lode)
    response = client.get(reverse("taalhulpen_helprequest:add"))
    assert "service" not in response.context["form"].fields  # one service: no choice
    client.force_login(both)
    response = client.get(reverse("taalhulpen_helprequest:add"))
    choices = set(response.context["form"].fields["service"].queryset)
    assert choices == {gent, two_services["leuven"]}


def test_anonymous_users_are_sent_to_login(client, two_services):
    pk = two_services["gent_request"].pk
    urls = [
        reverse("taalhulpen_helprequest:index"),
        reverse("taalhulpen_helprequest:add"),
        *_urls(pk),
        reverse("taalhulpen_localservice:index"),
        reverse("taalhulpen_localservice:edit", args=[two_services["gent"].pk]),
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 302, url
        assert "/login/" in response["Location"], url


def test_other_admin_users_are_refused(client, two_services, django_user_model):
    editors = Group.objects.create(name="Some editors")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    editor = django_user_model.objects.create_user("editor", "e@example.org", "x" * 16)
    editor.groups.add(editors)
    client.force_login(editor)
    assert client.get(reverse("taalhulpen_helprequest:index")).status_code in (302, 403)
    for url in _urls(two_services["gent_request"].pk):
        assert client.get(url).status_code in (302, 403, 404), url


def test_members_cannot_manage_services(client, two_services):
    client.force_login(two_services["griet"])
    assert client.get(reverse("taalhulpen_localservice:index")).status_code in (302, 403)
    edit = reverse("taalhulpen_localservice:edit", args=[two_services["gent"].pk])
    assert client.get(edit).status_code in (302, 403)


def test_a_coordinator_sees_every_request_and_service(client, two_services):
    client.force_login(coordinator())
    response = client.get(reverse("taalhulpen_helprequest:index"))
    assert set(response.context["page"]) == {
        two_services["gent_request"],
        two_services["leuven_request"],
    }
    assert response.context["show_service"]
    for key in ("gent_request", "leuven_request"):
        detail = reverse("taalhulpen_helprequest:detail", args=[two_services[key].pk])
        assert client.get(detail).status_code == 200
    response = client.get(reverse("taalhulpen_localservice:index"))
    assert set(response.context["services"]) == {two_services["gent"], two_services["leuven"]}


def test_the_menu_item_shows_for_members_and_coordinators_only(client, two_services):
    requests_url = reverse("taalhulpen_helprequest:index")
    services_url = reverse("taalhulpen_localservice:index")
    client.force_login(two_services["griet"])
    dashboard = client.get("/admin/").content.decode()
    assert requests_url in dashboard
    assert services_url not in dashboard
    client.force_login(coordinator())
    dashboard = client.get("/admin/").content.decode()
    assert requests_url in dashboard
    assert services_url in dashboard
