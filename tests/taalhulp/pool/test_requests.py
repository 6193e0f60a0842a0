"""A local service asks for language help: the form, refusals, screening, cancel, feedback."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Site

from portal.models import AuditEvent
from taalhulp.models import LanguageHelpSettings
from taalhulp.pool.factories import HelpRequestFactory, LocalServiceFactory, VolunteerFactory
from taalhulp.pool.forms.requests import RequestForm
from taalhulp.pool.models import HelpRequest, LocalService, Proposal
from taalhulp.pool.services import requests as request_services
from tests.taalhulp.pool.request_helpers import coordinator, form_data, member

pytestmark = pytest.mark.django_db
ADD = "taalhulpen_helprequest:add"
BOOKING = "https://tolken.example.org/boeken"


@pytest.fixture
def service():
    return LocalServiceFactory(name="OCMW Gent")


@pytest.fixture
def griet(client, service):
    user = member("griet", service)
    client.force_login(user)
    return user


@pytest.fixture
def booking():
    settings = LanguageHelpSettings.for_site(Site.objects.get(is_default_site=True))
    settings.booking_url = BOOKING
    settings.save()


def _errors(response, field: str) -> list[str]:
    return response.context["form"].errors.get(field, [])


def test_a_member_of_one_service_does_not_choose(client, griet):
    assert 'name="service"' not in client.get(reverse(ADD)).content.decode()


def test_a_routine_request_is_stored(client, griet, service):
    response = client.post(reverse(ADD), form_data())
    help_request = HelpRequest.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("taalhulpen_helprequest:detail", args=[help_request.pk])
    assert help_request.service == service
    assert help_request.created_by == griet
    assert help_request.status == HelpRequest.Status.OPEN
    assert help_request.difficulty == "routine"
    assert help_request.conversation_kind == "administrative"
    assert help_request.minutes == 60
    assert timezone.localtime(help_request.starts_at).time() == dt.time(10, 0)
    assert help_request.postcode == ""


def test_on_site_the_postcode_gives_the_place_and_its_centre(client, griet, places):
    client.post(reverse(ADD), form_data(mode="onsite", postcode="9000"))
    help_request = HelpRequest.objects.get()
    assert help_request.postcode == "9000"
    assert help_request.municipality.name_nl == "Gent"
    assert 50.9 < help_request.latitude < 51.2
    assert 3.5 < help_request.longitude < 3.9


@pytest.mark.parametrize("postcode", ["", "12", "0000", "abcd"])
def test_on_site_needs_a_known_postcode(client, griet, places, postcode):
    response = client.post(reverse(ADD), form_data(mode="onsite", postcode=postcode))
    assert response.status_code == 400
    assert _errors(response, "postcode")
    assert "Postcode" in _errors(response, "postcode")[0]
    assert not HelpRequest.objects.exists()


def test_the_start_must_be_in_the_future(client, griet):
    yesterday = (timezone.localdate() - dt.timedelta(days=1)).isoformat()
    response = client.post(reverse(ADD), form_data(date=yesterday))
    assert response.status_code == 400
    assert "Datum" in _errors(response, "date")[0]
    assert not HelpRequest.objects.exists()


def test_what_was_typed_is_kept_on_an_error(client, griet):
    response = client.post(
        reverse(ADD), form_data(mode="onsite", postcode="", description="Een huurcontract")
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert "Een huurcontract" in html
    assert 'value="onsite" checked' in html.replace("\n", " ") or "checked" in html
    assert "error-summary" in html


def test_a_date_that_is_not_a_date_names_the_field_and_the_format(client, griet):
    response = client.post(reverse(ADD), form_data(date="morgen", start="10u"))
    assert response.status_code == 400
    assert "Datum" in _errors(response, "date")[0]
    assert "2027-03-31" in _errors(response, "date")[0]
    assert "09:30" in _errors(response, "start")[0]


def test_the_list_shows_the_language_by_name(client, griet, service):
    HelpRequestFactory(service=service, language="uk")
    html = client.get(reverse("taalhulpen_helprequest:index")).content.decode()
    assert "Oekraïens" in html


def test_missing_answers_name_the_field(client, griet):
    response = client.post(reverse(ADD), form_data(stakes="", language=""))
    assert response.status_code == 400
    assert "Wat staat er op het spel" in _errors(response, "stakes")[0]
    assert _errors(response, "language")
    html = response.content.decode()
    # The summary links to the question; a group of choices is a fieldset with its legend.
    assert 'href="#id_stakes"' in html
    assert '<fieldset class="w-field__wrapper w-mb-4" id="id_stakes"' in html
    assert '<legend class="w-field__label">Wat staat er op het spel' in html


@pytest.mark.parametrize(
    "changes",
    [
        {"conversation_kind": "medical"},
        {"conversation_kind": "psychological"},
        {"conversation_kind": "legal"},
        {"conversation_kind": "child_protection"},
        {"stakes": "high"},
    ],
)
def test_heavy_conversations_are_refused_with_the_booking_link(client, griet, booking, changes):
    response = client.post(reverse(ADD), form_data(**changes))
    html = response.content.decode()
    assert response.status_code == 200
    assert response.context["refusal"] == {"booking_url": BOOKING}
    assert BOOKING in html
    assert "Uitleg over een formulier" in html  # nothing typed is lost
    assert not HelpRequest.objects.exists()


def test_the_editors_rules_can_send_a_conversation_to_an_interpreter(monkeypatch):
    from taalhulp import decision

    rule = decision.Rule(route=decision.INTERPRETER, languages=frozenset({"uk"}))

    class Page:
        def decision_rules(self):
            return [rule]

        def default_rule(self):
            return decision.Rule(route=decision.HELPER)

    monkeypatch.setattr(request_services, "aid_page", lambda: Page())
    answers = decision.Answers("administrative", "low", "can_wait", "remote", "none", "uk")
    assert request_services.refused(answers)
    other = decision.Answers("administrative", "low", "can_wait", "remote", "none", "ar")
    assert not request_services.refused(other)


@pytest.mark.parametrize(
    "description",
    [
        "Klant 85.07.30-033.28 komt langs",
        "Mevrouw is zwanger",
        "Gesprek over zijn depressie",
        "Elle est enceinte",
    ],
)
def test_special_category_data_is_refused(client, griet, description):
    response = client.post(reverse(ADD), form_data(description=description))
    assert response.status_code == 400
    errors = _errors(response, "description")
    assert errors and "Korte beschrijving" in errors[0]
    assert description in response.content.decode()
    assert not HelpRequest.objects.exists()


def test_the_description_is_at_most_300_characters(client, griet):
    response = client.post(reverse(ADD), form_data(description="a" * 301))
    assert response.status_code == 400
    assert "300" in _errors(response, "description")[0]


def test_a_member_of_two_services_chooses_one(client, service):
    other = LocalServiceFactory(name="School De Brug")
    client.force_login(member("both", service, other))
    assert 'name="service"' in client.get(reverse(ADD)).content.decode()
    response = client.post(reverse(ADD), form_data())
    assert response.status_code == 400
    assert _errors(response, "service")
    client.post(reverse(ADD), form_data(service=str(other.pk)))
    assert HelpRequest.objects.get().service == other


def test_a_member_cannot_pick_a_service_that_is_not_theirs(service):
    other = LocalServiceFactory(name="Stad Leuven")
    mine = LocalServiceFactory(name="School De Brug")
    user = member("both", service, mine)
    form = RequestForm(
        form_data(service=str(other.pk)),
        services=LocalService.objects.filter(members__in=user.groups.all()),
    )
    assert not form.is_valid()
    assert "service" in form.errors


def _accepted(service, volunteer, *, past: bool, proposal_status=Proposal.Status.ACCEPTED):
    starts = timezone.now() + dt.timedelta(days=-1 if past else 3)
    help_request = HelpRequestFactory(
        service=service, starts_at=starts, status=HelpRequest.Status.ACCEPTED
    )
    Proposal.objects.create(request=help_request, volunteer=volunteer, status=proposal_status)
    return help_request


def test_cancel_withdraws_open_proposals(client, griet, service):
    help_request = HelpRequestFactory(service=service, status=HelpRequest.Status.OFFERED)
    sent = Proposal.objects.create(
        request=help_request, volunteer=VolunteerFactory(), status=Proposal.Status.SENT
    )
    declined = Proposal.objects.create(
        request=help_request, volunteer=VolunteerFactory(), status=Proposal.Status.DECLINED
    )
    url = reverse("taalhulpen_helprequest:cancel", args=[help_request.pk])
    assert client.get(url).status_code == 200
    assert client.post(url).status_code == 302
    help_request.refresh_from_db()
    sent.refresh_from_db()
    declined.refresh_from_db()
    assert help_request.status == HelpRequest.Status.CANCELLED
    assert help_request.cancelled_at is not None
    assert sent.status == Proposal.Status.WITHDRAWN
    assert declined.status == Proposal.Status.DECLINED


def test_a_held_conversation_cannot_be_cancelled(client, griet, service):
    help_request = _accepted(service, VolunteerFactory(), past=True)
    client.post(reverse("taalhulpen_helprequest:cancel", args=[help_request.pk]))
    help_request.refresh_from_db()
    assert help_request.status == HelpRequest.Status.ACCEPTED
    with pytest.raises(ValueError):
        request_services.cancel(help_request)


def test_the_detail_shows_the_volunteers_first_name_only_once_accepted(client, griet, service):
    volunteer = VolunteerFactory(name="Olena Kovalenko")
    offered = _accepted(service, volunteer, past=False, proposal_status=Proposal.Status.SENT)
    offered.status = HelpRequest.Status.OFFERED
    offered.save()
    html = client.get(reverse("taalhulpen_helprequest:detail", args=[offered.pk])).content
    assert b"Olena" not in html
    accepted = _accepted(service, volunteer, past=False)
    html = client.get(reverse("taalhulpen_helprequest:detail", args=[accepted.pk])).content
    assert b"Olena" in html
    assert b"Kovalenko" not in html
    assert volunteer.email.encode() not in html
    assert AuditEvent.objects.filter(action="taalhulpen.request_view").count() == 1


def test_feedback_completes_the_request_and_flags_coaching(client, griet, service):
    volunteer = VolunteerFactory()
    help_request = _accepted(service, volunteer, past=True)
    url = reverse("taalhulpen_helprequest:feedback", args=[help_request.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, {"score": "2", "text": "Veel vakwoorden", "difficult": "on"})
    assert response.status_code == 302
    help_request.refresh_from_db()
    volunteer.refresh_from_db()
    assert help_request.status == HelpRequest.Status.COMPLETED
    assert help_request.completed_at is not None
    assert help_request.feedback_score == 2
    assert help_request.feedback_text == "Veel vakwoorden"
    assert help_request.feedback_difficult
    assert volunteer.needs_coaching


def test_feedback_without_difficulty_leaves_the_volunteer_alone(client, griet, service):
    volunteer = VolunteerFactory()
    help_request = _accepted(service, volunteer, past=True)
    url = reverse("taalhulpen_helprequest:feedback", args=[help_request.pk])
    client.post(url, {"score": "5", "text": ""})
    volunteer.refresh_from_db()
    help_request.refresh_from_db()
    assert help_request.status == HelpRequest.Status.COMPLETED
    assert not volunteer.needs_coaching


def test_feedback_needs_a_score_and_is_screened(client, griet, service):
    help_request = _accepted(service, VolunteerFactory(), past=True)
    url = reverse("taalhulpen_helprequest:feedback", args=[help_request.pk])
    response = client.post(url, {"score": "", "text": "Ze is zwanger"})
    assert response.status_code == 400
    assert response.context["form"].errors["score"]
    assert response.context["form"].errors["text"]
    assert "Ze is zwanger" in response.content.decode()
    help_request.refresh_from_db()
    assert help_request.feedback_at is None


def test_no_feedback_before_the_conversation_or_twice(client, griet, service):
    help_request = _accepted(service, VolunteerFactory(), past=False)
    url = reverse("taalhulpen_helprequest:feedback", args=[help_request.pk])
    client.post(url, {"score": "4"})
    help_request.refresh_from_db()
    assert help_request.feedback_at is None
    held = _accepted(service, VolunteerFactory(), past=True)
    url = reverse("taalhulpen_helprequest:feedback", args=[held.pk])
    client.post(url, {"score": "4"})
    client.post(url, {"score": "1"})
    held.refresh_from_db()
    assert held.feedback_score == 4


def test_a_coordinator_adds_a_service_and_its_people(client, django_user_model):
    client.force_login(coordinator())
    anna = django_user_model.objects.create_user("anna", "anna@example.org", "x" * 16)
    bert = django_user_model.objects.create_user("bert", "bert@example.org", "x" * 16)
    response = client.post(
        reverse("taalhulpen_localservice:add"),
        {
            "name": "CAW Oost",
            "kind": "nonprofit",
            "contact_email": "caw@example.org",
            "users": [anna.pk, bert.pk],
        },
    )
    assert response.status_code == 302
    service = LocalService.objects.get(name="CAW Oost")
    assert set(service.members.user_set.all()) == {anna, bert}
    edit = reverse("taalhulpen_localservice:edit", args=[service.pk])
    assert client.get(edit).status_code == 200
    client.post(
        edit,
        {
            "name": "CAW Oost",
            "kind": "nonprofit",
            "contact_email": "caw@example.org",
            "users": [bert.pk],
        },
    )
    assert set(service.members.user_set.all()) == {bert}
    assert AuditEvent.objects.filter(action="taalhulpen.service_view").exists()


def test_the_service_form_names_missing_fields(client):
    client.force_login(coordinator())
    response = client.post(reverse("taalhulpen_localservice:add"), {"name": ""})
    assert response.status_code == 400
    assert response.context["form"].errors["name"]
    assert response.context["form"].errors["contact_email"]


def test_without_a_booking_portal_the_refusal_says_whom_to_ask(client, griet):
    response = client.post(reverse(ADD), form_data(conversation_kind="medical"))
    assert response.context["refusal"] == {"booking_url": ""}
    assert "Vraag de coördinator taalhulp" in response.content.decode()
    assert not HelpRequest.objects.exists()
