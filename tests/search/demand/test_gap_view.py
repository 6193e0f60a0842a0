"""The offer-gap view: the agency sees every municipality, a local authority only its own;
every view and export is audited; the CSV and the weekly digest."""

import csv
import datetime as dt
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from aanbod.factories import OfferIndexPageFactory, OfferPageFactory, OrganisationPageFactory
from aanbod.models import OfferWeeklySlot
from aanbod.permissions import MODERATORS_GROUP, offers_moderation_ensure
from portal.models import AuditEvent, Municipality, OutboxEmail
from portal.permissions_setup import ADMIN_ACCESS, find_permissions
from search.demand import digest
from search.demand.models import DailyDemand, ReportedGap

pytestmark = pytest.mark.django_db


def _user(name, *groups):
    user = get_user_model().objects.create_user(name, f"{name}@example.org", "x" * 16)
    user.groups.add(*groups)
    return user


@pytest.fixture
def world(demo_site, places):
    index = OfferIndexPageFactory(parent=demo_site)
    offers_moderation_ensure(index)
    genk = OrganisationPageFactory(parent=index, title="Stad Genk", kind="local_authority")
    genk.municipalities.set(["71016"])
    gent = OrganisationPageFactory(parent=index, title="Stad Gent", kind="local_authority")
    gent.municipalities.set(["44021"])
    organisation = OrganisationPageFactory(parent=index, title="Taalpunt", kind="organisation")
    offer = OfferPageFactory.build(title="Praattafel Gent", slug="praattafel-gent", postcode="9000")
    offer.weekly_slots = [OfferWeeklySlot(weekday=1, start=dt.time(19), end=dt.time(21))]
    gent.add_child(instance=offer)
    offer.save_revision().publish()
    yesterday = timezone.localdate() - dt.timedelta(days=1)
    for nis, searches in (("71016", 48), ("44021", 8)):
        DailyDemand.objects.create(
            day=yesterday, language="nl", municipality_id=nis, offer_type="practice",
            level="A1", daypart="evening", zero_result=True, searches=searches,
        )  # fmt: skip
    return {
        "genk_editor": _user("genk-editor", genk.editors_group),
        "org_editor": _user("org-editor", organisation.editors_group),
        "moderator": _user("moderator", Group.objects.get(name=MODERATORS_GROUP)),
    }


def test_a_local_authority_sees_only_its_own_municipalities(client, world):
    client.force_login(world["genk_editor"])
    response = client.get(reverse("search_demand:gaps"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Genk" in html and "48" in html
    assert "Gent<" not in html and "Gent /" not in html
    nis_choices = [value for value, _label in response.context["form"].fields["nis"].choices]
    assert nis_choices == ["", "71016"]
    assert [row["nis"] for row in response.context["report"].places] == ["71016"]
    # Asking for another municipality by URL shows nothing of it.
    response = client.get(reverse("search_demand:gaps"), {"nis": "44021"})
    assert "44021" not in {row["nis"] for row in response.context["report"].places}


def test_the_csv_is_scoped_too_and_every_view_is_audited(client, world):
    client.force_login(world["genk_editor"])
    response = client.get(reverse("search_demand:gaps_download"), {"days": "30"})
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert any("Genk" in row[0] and row[2] == "48" for row in rows if len(row) == 4)
    assert not any("44021" in row for row in rows)
    client.get(reverse("search_demand:gaps"))
    actions = list(AuditEvent.objects.values_list("action", "username"))
    assert ("search_demand.gaps_exported", "genk-editor") in actions
    assert ("search_demand.gaps_viewed", "genk-editor") in actions


def test_the_agency_sees_every_municipality_and_the_ranked_gaps(client, world):
    client.force_login(world["moderator"])
    response = client.get(reverse("search_demand:gaps"), {"days": "30"})
    assert response.status_code == 200
    assert len(response.context["report"].places) == Municipality.objects.count()
    gaps = response.context["gaps"]
    assert gaps[0][0].place.name == "Genk" and gaps[0][0].offers_near == 0
    # Gent has its evening practice within 10 km (no levels set: for every level): 8
    # searches for one offer are no gap.
    assert "Gent" not in {gap.place.name for gap, _text in gaps}


def test_an_organisation_editor_is_refused(client, world):
    client.force_login(world["org_editor"])
    # Wagtail turns the refusal into a redirect to the dashboard with a message.
    for name in ("search_demand:gaps", "search_demand:gaps_download"):
        response = client.get(reverse(name))
        assert response.status_code in (302, 403)
        assert response.status_code == 403 or response["Location"] == "/admin/"


def test_the_permission_to_see_all_gaps_makes_agency(client, world):
    group = Group.objects.create(name="Agentschap analyse")
    group.permissions.add(*find_permissions([ADMIN_ACCESS, "search_demand.view_all_gaps"]))
    client.force_login(_user("analist", group))
    response = client.get(reverse("search_demand:gaps"))
    assert len(response.context["report"].places) == Municipality.objects.count()


def test_the_weekly_digest_names_only_new_gaps(world, settings):
    settings.SEARCH_DEMAND_DIGEST_TO = []
    assert digest.send() >= 1
    message = OutboxEmail.objects.get(to="moderator@example.org")
    assert "Genk" in message.body_text
    assert ReportedGap.objects.filter(key__startswith="71016|").exists()
    assert digest.send() == 0  # nothing new
    assert OutboxEmail.objects.count() == 1
    assert not mail.outbox or all("Gent" not in m.subject for m in mail.outbox)
