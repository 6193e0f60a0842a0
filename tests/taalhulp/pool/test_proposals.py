"""The proposal workflow: confirm, the volunteer's answer by link, decline and re-run, expiry,
one reminder, single-use links, past requests and withdrawal on cancellation."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from taalhulp.pool.factories import HelpRequestFactory, VolunteerFactory, next_weekday
from taalhulp.pool.models import Exclusion, HelpRequest, Proposal
from taalhulp.pool.services import matching, proposal_emails
from taalhulp.pool.services import proposals as services
from tests.taalhulp.pool.matching_support import answer_path, coordinator, outbox

pytestmark = pytest.mark.django_db


@pytest.fixture
def proposed(db):
    """One volunteer, one request, one run: a proposal to confirm."""
    VolunteerFactory(name="Olena", email="olena@example.org", language="uk")
    HelpRequestFactory(
        service__contact_email="dienst@example.org", starts_at=next_weekday(1, 10, weeks_ahead=2)
    )
    matching.run()
    return Proposal.objects.get()


def _refresh(*objects):
    for obj in objects:
        obj.refresh_from_db()


def test_confirm_sends_the_volunteer_an_answer_link(proposed):
    user = coordinator()
    before = timezone.now()
    services.confirm(proposed, actor=user)
    _refresh(proposed, proposed.request)
    assert proposed.status == Proposal.Status.SENT and proposed.confirmed_by == user
    hours = (proposed.expires_at - before).total_seconds() / 3600
    assert 47.9 < hours < 48.1
    assert proposed.request.status == HelpRequest.Status.OFFERED
    [mail] = outbox("taalhulp-proposal-offer", "olena@example.org")
    assert mail.language == "uk" and "/uk/" in answer_path(mail)
    assert "Olena" in mail.body_text  # greeted by name: the address is confirmed
    with pytest.raises(services.ProposalStateError):
        services.confirm(proposed, actor=user)  # once


def test_the_answer_never_expires_after_the_conversation(proposed):
    request = proposed.request
    request.starts_at = timezone.now() + dt.timedelta(hours=5)
    request.save()
    services.confirm(proposed, actor=None)
    proposed.refresh_from_db()
    assert proposed.expires_at == request.starts_at


def test_the_volunteer_sees_the_request_and_accepts_once(client, proposed):
    services.confirm(proposed, actor=None)
    path = answer_path(outbox("taalhulp-proposal-offer")[0])
    page = client.get(path)
    assert page.status_code == 200
    assert "no-store" in page["Cache-Control"] and "private" in page["Cache-Control"]
    html = page.content.decode()
    assert 'value="accept"' in html and 'value="decline"' in html and '<form method="post"' in html
    assert "60" in html and "Uitleg" not in html  # no description of the client's matter
    proposed.refresh_from_db()
    assert proposed.status == Proposal.Status.SENT  # opening the link answers nothing
    done = client.post(path, {"answer": "accept"})
    assert done.status_code == 200
    _refresh(proposed, proposed.request)
    assert proposed.status == Proposal.Status.ACCEPTED and proposed.responded_at
    assert proposed.request.status == HelpRequest.Status.ACCEPTED
    assert proposed.request.answered_at is not None
    [mail] = outbox("taalhulp-proposal-accepted", "dienst@example.org")
    assert "Olena" in mail.body_text
    again = client.post(path, {"answer": "decline"})
    assert again.status_code == 400  # single use
    proposed.refresh_from_db()
    assert proposed.status == Proposal.Status.ACCEPTED


def test_a_post_without_an_answer_changes_nothing(client, proposed):
    services.confirm(proposed, actor=None)
    path = answer_path(outbox("taalhulp-proposal-offer")[0])
    page = client.post(path, {"answer": "maybe"})
    assert page.status_code == 200 and 'role="alert"' in page.content.decode()
    proposed.refresh_from_db()
    assert proposed.status == Proposal.Status.SENT


def test_decline_excludes_the_pair_and_the_next_run_picks_someone_else(client, proposed):
    other = VolunteerFactory(languages=[{"code": "ru", "level": "native"}, {"code": "uk"}])
    services.confirm(proposed, actor=None)
    path = answer_path(outbox("taalhulp-proposal-offer")[0])
    client.post(path, {"answer": "decline"})
    _refresh(proposed, proposed.request)
    assert proposed.status == Proposal.Status.DECLINED
    assert proposed.request.status == HelpRequest.Status.OPEN
    assert Exclusion.objects.filter(volunteer=proposed.volunteer, request=proposed.request).exists()
    record = matching.run()
    assert record.answered == 1
    latest = Proposal.objects.filter(run=record).get()
    assert latest.volunteer == other and latest.request == proposed.request


def test_broken_and_foreign_tokens_give_a_clear_page(client, proposed):
    with translation.override("nl"):
        broken = reverse("taalhulpen:proposal_answer", kwargs={"token": "not-a-token"})
    page = client.get(broken)
    assert page.status_code == 400
    assert "not complete" in page.content.decode() or "niet volledig" in page.content.decode()
    with pytest.raises(services.LinkError) as error:
        services.proposal_for_token(proposal_emails.token_for(proposed))  # not sent yet
    assert error.value.code == "invalid"


def test_expiry_reopens_the_request_and_the_link_says_so(client, proposed):
    services.confirm(proposed, actor=None)
    path = answer_path(outbox("taalhulp-proposal-offer")[0])
    Proposal.objects.filter(pk=proposed.pk).update(
        expires_at=timezone.now() - dt.timedelta(minutes=1)
    )
    assert client.get(path).status_code == 400  # already too late before the job ran
    result = services.periodic()
    assert result["expired"] == 1
    _refresh(proposed, proposed.request)
    assert proposed.status == Proposal.Status.EXPIRED
    assert proposed.request.status == HelpRequest.Status.OPEN
    page = client.post(path, {"answer": "accept"})
    assert page.status_code == 400
    proposed.refresh_from_db()
    assert proposed.status == Proposal.Status.EXPIRED


def test_one_reminder_after_half_the_answer_time(proposed):
    services.confirm(proposed, actor=None)
    assert services.send_reminders() == 0  # too early
    moment = timezone.now()
    Proposal.objects.filter(pk=proposed.pk).update(
        confirmed_at=moment - dt.timedelta(hours=25), expires_at=moment + dt.timedelta(hours=23)
    )
    assert services.periodic()["reminded"] == 1
    assert services.periodic()["reminded"] == 0
    [mail] = outbox("taalhulp-proposal-reminder", "olena@example.org")
    assert "/proposal/" in answer_path(mail)
    proposed.refresh_from_db()
    assert proposed.reminded_at is not None


def test_past_requests_become_unanswered_with_their_last_reason():
    with_reason = HelpRequestFactory(unanswered_reason="too_far")
    without = HelpRequestFactory()
    proposed_request = HelpRequestFactory(status=HelpRequest.Status.PROPOSED)
    volunteer = VolunteerFactory()
    proposal = Proposal.objects.create(request=proposed_request, volunteer=volunteer)
    future = HelpRequestFactory()
    past = timezone.now() - dt.timedelta(minutes=5)
    HelpRequest.objects.exclude(pk=future.pk).update(starts_at=past)
    assert services.periodic()["unanswered"] == 3
    _refresh(with_reason, without, proposed_request, proposal, future)
    assert (with_reason.status, with_reason.unanswered_reason) == ("unanswered", "too_far")
    assert (without.status, without.unanswered_reason) == ("unanswered", "no_time")
    assert proposed_request.status == "unanswered"
    assert proposal.status == Proposal.Status.WITHDRAWN
    assert future.status == HelpRequest.Status.OPEN


def test_reject_excludes_the_pair_and_reopens(proposed):
    services.reject(proposed, actor=coordinator())
    _refresh(proposed, proposed.request)
    assert proposed.status == Proposal.Status.WITHDRAWN
    assert proposed.request.status == HelpRequest.Status.OPEN
    assert Exclusion.objects.filter(volunteer=proposed.volunteer, request=proposed.request).exists()
    assert matching.run().answered == 0  # nobody else


def test_withdraw_for_request_tells_a_volunteer_who_had_it(proposed):
    services.confirm(proposed, actor=None)
    other = Proposal.objects.create(request=proposed.request, volunteer=VolunteerFactory())
    assert services.withdraw_for_request(proposed.request) == 2
    _refresh(proposed, other)
    assert proposed.status == other.status == Proposal.Status.WITHDRAWN
    assert len(outbox("taalhulp-proposal-withdrawn")) == 1
    assert outbox("taalhulp-proposal-withdrawn")[0].to == "olena@example.org"


def test_withdraw_after_acceptance_mails_the_volunteer(proposed):
    services.confirm(proposed, actor=None)
    services.accept(proposed)
    assert services.withdraw_for_request(proposed.request) == 1
    assert len(outbox("taalhulp-proposal-withdrawn", "olena@example.org")) == 1


def test_an_on_site_offer_names_the_place_but_not_the_description():
    VolunteerFactory(email="ivan@example.org", language="nl")
    HelpRequestFactory(mode="onsite", starts_at=next_weekday(3, 10, weeks_ahead=2))
    matching.run()
    services.confirm(Proposal.objects.get(), actor=None)
    [mail] = outbox("taalhulp-proposal-offer", "ivan@example.org")
    assert "9000" in mail.body_text and "Ter plaatse" in mail.body_text
    assert "Uitleg over een formulier" not in mail.body_text
