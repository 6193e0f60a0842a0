"""The proposal workflow: confirm, reject, the volunteer's answer, reminders, expiry, withdrawal."""

from __future__ import annotations

import datetime as dt

from django.core import signing
from django.db import transaction
from django.utils import timezone

from taalhulp.pool import conf
from taalhulp.pool.choices import UnansweredReason
from taalhulp.pool.models import Exclusion, HelpRequest, Proposal
from taalhulp.pool.services import proposal_emails as emails

Status = Proposal.Status
RequestStatus = HelpRequest.Status


class ProposalStateError(Exception):
    """The step is not possible in the proposal's current status."""


class LinkError(Exception):
    """An answer link that is broken, expired, already used or no longer needed."""

    def __init__(self, code: str, proposal: Proposal | None = None):
        super().__init__(code)
        self.code = code  # invalid, expired, used, withdrawn
        self.proposal = proposal


def now() -> dt.datetime:
    return timezone.now()


def _locked(proposal: Proposal, *expected: str) -> Proposal:
    """The proposal row locked for this transaction; it must still be in one of `expected`."""
    fresh = Proposal.objects.select_for_update().select_related("request").get(pk=proposal.pk)
    if fresh.status not in expected:
        raise ProposalStateError(fresh.status)
    return fresh


def _reopen(request: HelpRequest, *, from_statuses) -> None:
    """Back to the open requests, matched again in the next run."""
    if request.status in from_statuses:
        request.status = RequestStatus.OPEN
        request.save(update_fields=["status"])


def _exclude(proposal: Proposal) -> None:
    Exclusion.objects.get_or_create(volunteer_id=proposal.volunteer_id, request=proposal.request)


@transaction.atomic
def confirm(proposal: Proposal, *, actor) -> Proposal:
    """The coordinator agrees: the volunteer gets the proposal by e-mail with answer links."""
    proposal = _locked(proposal, Status.PROPOSED)
    now = timezone.now()
    hours = dt.timedelta(hours=conf.get("TAALHULP_PROPOSAL_HOURS"))
    proposal.status = Status.SENT
    proposal.confirmed_at = now
    proposal.confirmed_by = actor if getattr(actor, "is_authenticated", False) else None
    # Never later than the conversation itself.
    proposal.expires_at = max(now, min(now + hours, proposal.request.starts_at))
    proposal.save(update_fields=["status", "confirmed_at", "confirmed_by", "expires_at"])
    request = proposal.request
    request.status = RequestStatus.OFFERED
    request.save(update_fields=["status"])
    emails.to_volunteer(
        proposal,
        "offer",
        dedupe_key=f"taalhulp-proposal-offer:{proposal.pk}",
        url=emails.answer_url(proposal),
        expires_at=proposal.expires_at,
    )
    return proposal


@transaction.atomic
def reject(proposal: Proposal, *, actor) -> Proposal:
    """The coordinator does not agree: this pair is never proposed again."""
    proposal = _locked(proposal, Status.PROPOSED)
    proposal.status = Status.WITHDRAWN
    proposal.save(update_fields=["status"])
    _exclude(proposal)
    _reopen(proposal.request, from_statuses=[RequestStatus.PROPOSED])
    return proposal


def proposal_for_token(token: str) -> Proposal:
    """The proposal an answer link names, while it waits for the answer; else LinkError."""
    try:
        data = emails.token_data(token)
    except signing.SignatureExpired:
        raise LinkError("expired") from None
    except signing.BadSignature:
        raise LinkError("invalid") from None
    proposal = (
        Proposal.objects.select_related("request", "request__municipality", "volunteer")
        .filter(pk=data.get("p"), volunteer__public_id=data.get("v"))
        .first()
    )
    if proposal is None:
        raise LinkError("invalid")
    if proposal.status == Status.SENT and proposal.expires_at and proposal.expires_at <= now():
        raise LinkError("expired", proposal)
    codes = {
        Status.EXPIRED: "expired",
        Status.WITHDRAWN: "withdrawn",
        Status.ACCEPTED: "used",
        Status.DECLINED: "used",
    }
    if proposal.status != Status.SENT:
        raise LinkError(codes.get(proposal.status, "invalid"), proposal)
    return proposal


@transaction.atomic
def accept(proposal: Proposal) -> Proposal:
    """The volunteer says yes: the request has its volunteer; the service hears it."""
    proposal = _locked(proposal, Status.SENT)
    moment = now()
    proposal.status = Status.ACCEPTED
    proposal.responded_at = moment
    proposal.save(update_fields=["status", "responded_at"])
    request = proposal.request
    request.status = RequestStatus.ACCEPTED
    request.answered_at = moment
    request.unanswered_reason = ""
    request.save(update_fields=["status", "answered_at", "unanswered_reason"])
    emails.to_service(proposal, "accepted", dedupe_key=f"taalhulp-proposal-accepted:{proposal.pk}")
    return proposal


@transaction.atomic
def decline(proposal: Proposal) -> Proposal:
    """The volunteer says no: never this pair again; the next run looks for someone else."""
    proposal = _locked(proposal, Status.SENT)
    proposal.status = Status.DECLINED
    proposal.responded_at = now()
    proposal.save(update_fields=["status", "responded_at"])
    _exclude(proposal)
    _reopen(proposal.request, from_statuses=[RequestStatus.OFFERED])
    return proposal


def send_reminders() -> int:
    """One reminder per sent proposal, once half of its answer time has passed."""
    moment = now()
    sent = Proposal.objects.filter(
        status=Status.SENT,
        reminded_at__isnull=True,
        confirmed_at__isnull=False,
        expires_at__gt=moment,
    ).select_related("request", "request__municipality", "request__service", "volunteer")
    # Half of each proposal's own answer time (shorter when the conversation is soon).
    due = [p for p in sent if p.confirmed_at + (p.expires_at - p.confirmed_at) / 2 <= moment]
    count = 0
    for proposal in due:
        with transaction.atomic():
            updated = Proposal.objects.filter(
                pk=proposal.pk, status=Status.SENT, reminded_at__isnull=True
            ).update(reminded_at=moment)
            if not updated:  # another worker reminded first
                continue
            emails.to_volunteer(
                proposal,
                "reminder",
                dedupe_key=f"taalhulp-proposal-reminder:{proposal.pk}",
                url=emails.answer_url(proposal),
                expires_at=proposal.expires_at,
            )
            count += 1
    return count


def expire_due() -> int:
    """Sent proposals without an answer in time: expired, their request open again."""
    count = 0
    for proposal in Proposal.objects.filter(status=Status.SENT, expires_at__lte=now()):
        with transaction.atomic():
            try:
                proposal = _locked(proposal, Status.SENT)
            except ProposalStateError:
                continue
            proposal.status = Status.EXPIRED
            proposal.save(update_fields=["status"])
            _reopen(proposal.request, from_statuses=[RequestStatus.OFFERED])
            count += 1
    return count


def close_past_requests() -> int:
    """Open or proposed requests whose start has passed: no volunteer was found, and why."""
    moment = now()
    past = HelpRequest.objects.filter(
        status__in=[RequestStatus.OPEN, RequestStatus.PROPOSED], starts_at__lte=moment
    )
    count = 0
    for request in past:
        with transaction.atomic():
            request.proposals.filter(status=Status.PROPOSED).update(status=Status.WITHDRAWN)
            request.status = RequestStatus.UNANSWERED
            request.unanswered_reason = request.unanswered_reason or UnansweredReason.NO_TIME
            request.save(update_fields=["status", "unanswered_reason"])
            count += 1
    return count


@transaction.atomic
def withdraw_for_request(request: HelpRequest) -> int:
    """The request is cancelled: withdraw its live proposals; a volunteer who had it hears so."""
    count = 0
    live = [Status.PROPOSED, Status.SENT, Status.ACCEPTED]
    rows = request.proposals.select_for_update(of=("self",)).filter(status__in=live)
    for proposal in rows.select_related("volunteer", "request", "request__municipality"):
        was = proposal.status
        proposal.status = Status.WITHDRAWN
        proposal.save(update_fields=["status"])
        if was in (Status.SENT, Status.ACCEPTED):
            emails.to_volunteer(
                proposal, "withdrawn", dedupe_key=f"taalhulp-proposal-withdrawn:{proposal.pk}"
            )
        count += 1
    return count


def release_volunteer(volunteer) -> int:
    """The volunteer stops or is erased: withdraw the proposals still waiting for them and put
    their requests back among the open ones. Accepted conversations stay for the coordinator."""
    count = 0
    waiting = [Status.PROPOSED, Status.SENT]
    for proposal in volunteer.proposals.select_for_update(of=("self",)).filter(status__in=waiting):
        proposal.status = Status.WITHDRAWN
        proposal.responded_at = now()
        proposal.save(update_fields=["status", "responded_at"])
        _reopen(proposal.request, from_statuses=(RequestStatus.PROPOSED, RequestStatus.OFFERED))
        count += 1
    return count


def periodic() -> dict:
    """The beat job: reminders, expiry, then the requests whose time has passed."""
    return {
        "reminded": send_reminders(),
        "expired": expire_due(),
        "unanswered": close_past_requests(),
    }
