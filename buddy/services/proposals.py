"""The proposal workflow: send, the volunteer's and the local coordinator's decisions, the end."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from buddy import conf
from buddy.models import Exclusion, Proposal
from buddy.services import emails, links, transitions


def _exclude(proposal: Proposal, reason: str) -> None:
    Exclusion.objects.get_or_create(
        candidate=proposal.candidate,
        initiative=proposal.initiative,
        overridden_at=None,
        defaults={"proposal": proposal, "reason": reason[:200]},
    )


@transaction.atomic
def send(proposal: Proposal, *, actor) -> Proposal:
    """A coordinator approved the suggestion: the volunteer gets it by e-mail."""
    now = timezone.now()
    proposal.sent_at = now
    proposal.expires_at = now + dt.timedelta(days=conf.get("BUDDY_PROPOSAL_DAYS"))
    transitions.apply(proposal, "send", actor=actor, role="coordinator")
    emails.to_candidate(
        proposal.candidate,
        "proposal",
        {
            "proposal": proposal,
            "initiative": proposal.initiative,
            "url": emails.absolute(links.magic_url(proposal.candidate)),
            "days": conf.get("BUDDY_PROPOSAL_DAYS"),
        },
        dedupe_key=f"buddy-proposal:{proposal.pk}",
    )
    return proposal


@transaction.atomic
def discard(proposal: Proposal, *, actor, reason: str = "") -> Proposal:
    return transitions.apply(proposal, "discard", actor=actor, role="coordinator", reason=reason)


@transaction.atomic
def volunteer_accept(proposal: Proposal) -> Proposal:
    proposal.volunteer_decided_at = timezone.now()
    transitions.apply(proposal, "volunteer_accept", role="volunteer")
    # From now on the local coordinator may see the contact details (see selectors).
    emails.to_staff(
        proposal.initiative.coordinator,
        "local_review",
        {"proposal": proposal, "initiative": proposal.initiative},
        dedupe_key=f"buddy-local-review:{proposal.pk}",
    )
    return proposal


@transaction.atomic
def volunteer_decline(proposal: Proposal, *, reason: str, note: str = "") -> Proposal:
    proposal.volunteer_decided_at = timezone.now()
    proposal.decline_reason = reason
    proposal.reason_note = note[:1000]
    transitions.apply(
        proposal, "volunteer_decline", role="volunteer", reason=f"{reason} {note}".strip()
    )
    _exclude(proposal, f"volunteer: {reason}")
    return proposal


@transaction.atomic
def local_accept(proposal: Proposal, *, actor) -> Proposal:
    initiative = proposal.initiative
    if initiative.requires_conduct_certificate and proposal.conduct_result != "ok":
        raise ValidationError(
            _("Record a positive check of the certificate of good conduct before you accept.")
        )
    proposal.local_decided_at = timezone.now()
    transitions.apply(proposal, "local_accept", actor=actor, role="coordinator")
    emails.to_candidate(
        proposal.candidate,
        "active",
        {"initiative": initiative},
        dedupe_key=f"buddy-active:{proposal.pk}",
    )
    _invalidate_when_full(proposal, actor)
    return proposal


def _invalidate_when_full(proposal: Proposal, actor) -> None:
    """A volunteer at capacity gets no further open suggestions; a full initiative neither."""
    candidate, initiative = proposal.candidate, proposal.initiative
    active = candidate.proposals.filter(state="active").count()
    if active >= candidate.capacity:
        for other in candidate.proposals.filter(state__in=["suggested", "proposed"]):
            transitions.apply(
                other, "withdraw", actor=actor, role="system", reason="volunteer is full"
            )
    if initiative.proposals.filter(state="active").count() >= initiative.capacity:
        for other in initiative.proposals.filter(state="suggested"):
            transitions.apply(
                other, "withdraw", actor=actor, role="system", reason="initiative is full"
            )


@transaction.atomic
def local_decline(proposal: Proposal, *, actor, reason: str) -> Proposal:
    if not reason.strip():
        raise ValidationError(_("Say why you decline, so we can propose someone better."))
    proposal.local_decided_at = timezone.now()
    proposal.reason_note = reason[:1000]
    transitions.apply(proposal, "local_decline", actor=actor, role="coordinator", reason=reason)
    _exclude(proposal, f"local coordinator: {reason}")
    emails.to_candidate(
        proposal.candidate,
        "local_declined",
        {"initiative": proposal.initiative},
        dedupe_key=f"buddy-local-declined:{proposal.pk}",
    )
    return proposal


@transaction.atomic
def record_conduct_check(
    proposal: Proposal, *, actor, checked_on: dt.date, result: str
) -> Proposal:
    """Only the date and result of the check; the document itself is never stored."""
    proposal.conduct_checked_on = checked_on
    proposal.conduct_result = result
    proposal.save(update_fields=["conduct_checked_on", "conduct_result"])
    return proposal


@transaction.atomic
def end(proposal: Proposal, *, actor, reason: str, note: str = "") -> Proposal:
    proposal.ended_at = timezone.now()
    proposal.end_reason = reason
    proposal.reason_note = note[:1000]
    transitions.apply(
        proposal, "end", actor=actor, role="coordinator", reason=f"{reason} {note}".strip()
    )
    if reason == "mismatch":
        _exclude(proposal, "ended: mismatch")
    return proposal


@transaction.atomic
def override_exclusion(exclusion: Exclusion, *, actor) -> Exclusion:
    exclusion.overridden_at = timezone.now()
    exclusion.overridden_by = actor
    exclusion.save(update_fields=["overridden_at", "overridden_by"])
    return exclusion
