"""Registration with double opt-in; the volunteer's update, pause, withdraw, export, erase."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone

from buddy import conf
from buddy.models import Candidate, Proposal, Tombstone, Transition, email_digest
from buddy.services import emails, links, transitions
from buddy.states import PROPOSAL_OPEN
from portal.audit import forget
from portal.mail_safety import first_unconfirmed_mail
from portal.models import Postcode
from portal.privacy import ledger

PROFILE_FIELDS = [
    "name",
    "phone",
    "postcode",
    "max_km",
    "languages",
    "interests",
    "availability",
    "buddy_kinds",
    "capacity",
    "motivation",
]


class Refused(Exception):
    """The address was erased before; an import may not bring the person back."""


def place_for(postcode: str) -> Postcode | None:
    return Postcode.objects.filter(code=postcode).select_related("municipality").first()


def _set_place(candidate: Candidate) -> None:
    place = place_for(candidate.postcode)
    candidate.municipality = place.municipality if place else None
    candidate.latitude = place.latitude if place else None
    candidate.longitude = place.longitude if place else None


@transaction.atomic
def register(data: dict, *, language: str) -> Candidate | None:
    """Store a new, unconfirmed registration and mail the confirmation link.

    A known address gets a fresh magic link instead, so the form never reveals who is
    registered. Registering again after an erasure is new, explicit consent: the tombstone goes.
    """
    email = data["email"].strip().lower()
    existing = Candidate.objects.filter(email=email).first()
    # Strangers can trigger these mails: one an hour per mailbox, the page is the same.
    may_mail = first_unconfirmed_mail("buddy", email)
    if existing is not None and existing.status == Candidate.Status.UNCONFIRMED:
        if may_mail:
            _send_confirmation(existing, dedupe=False)
        return None
    if existing is not None:
        if may_mail:
            url = emails.absolute(links.magic_url(existing))
            emails.to_candidate(existing, "already_registered", {"url": url})
        return None
    Tombstone.objects.filter(email_hash=email_digest(email)).delete()
    now = timezone.now()
    candidate = Candidate(
        **{field: data[field] for field in PROFILE_FIELDS if field in data},
        email=email,
        language=language,
        adult_confirmed=True,
        consent_version=conf.get("BUDDY_PRIVACY_VERSION"),
        consent_at=now,
        last_activity_at=now,
    )
    _set_place(candidate)
    candidate.save()
    if may_mail:
        _send_confirmation(candidate, dedupe=True)
    return candidate


def _send_confirmation(candidate: Candidate, *, dedupe: bool) -> None:
    emails.to_candidate(
        candidate,
        "confirm",
        {
            "url": emails.absolute(links.confirm_url(candidate)),
            "days": conf.get("BUDDY_UNCONFIRMED_DAYS"),
        },
        dedupe_key=f"buddy-confirm:{candidate.public_id}" if dedupe else None,
    )


@transaction.atomic
def import_candidate(data: dict, *, language: str = "nl") -> Candidate:
    """Add a confirmed candidate from another system; refuses an erased address."""
    email = data["email"].strip().lower()
    if Tombstone.objects.filter(email_hash=email_digest(email)).exists():
        raise Refused(email)
    now = timezone.now()
    candidate = Candidate(
        **{field: data[field] for field in PROFILE_FIELDS if field in data},
        email=email,
        language=language,
        adult_confirmed=bool(data.get("adult_confirmed")),
        consent_version=data.get("consent_version", ""),
        consent_at=data.get("consent_at", now),
        status=Candidate.Status.AVAILABLE,
        confirmed_at=now,
        last_activity_at=now,
    )
    _set_place(candidate)
    candidate.save()
    return candidate


def touch(candidate: Candidate) -> None:
    """The volunteer did something: they are active, and no longer dormant."""
    candidate.last_activity_at = timezone.now()
    candidate.dormant_warned_at = None
    candidate.save(update_fields=["last_activity_at", "dormant_warned_at"])
    if candidate.status == Candidate.Status.DORMANT:
        transitions.apply(candidate, "wake", role="volunteer", reason="used a link")


@transaction.atomic
def confirm(candidate: Candidate) -> Candidate:
    candidate.confirmed_at = timezone.now()
    transitions.apply(candidate, "confirm", role="volunteer", reason="e-mail confirmed")
    touch(candidate)
    return candidate


@transaction.atomic
def update(candidate: Candidate, data: dict) -> Candidate:
    for field in PROFILE_FIELDS:
        if field in data:
            setattr(candidate, field, data[field])
    _set_place(candidate)
    candidate.save()
    touch(candidate)
    return candidate


@transaction.atomic
def pause(candidate: Candidate, until: dt.date, reason: str = "") -> Candidate:
    candidate.pause_until = until
    transitions.apply(candidate, "pause", role="volunteer", reason=reason or f"until {until}")
    touch(candidate)
    return candidate


@transaction.atomic
def resume(candidate: Candidate, *, role: str = "volunteer") -> Candidate:
    candidate.pause_until = None
    transitions.apply(candidate, "resume", role=role)
    return candidate


def _close_open_proposals(candidate: Candidate, reason: str) -> None:
    for proposal in candidate.proposals.filter(
        state__in=["suggested", "proposed", "volunteer_accepted"]
    ):
        transitions.apply(proposal, "withdraw", role="system", reason=reason)


@transaction.atomic
def withdraw(candidate: Candidate, reason: str = "") -> Candidate:
    _close_open_proposals(candidate, "volunteer withdrew")
    transitions.apply(candidate, "withdraw", role="volunteer", reason=reason)
    return candidate


def export(candidate: Candidate) -> dict:
    """Everything we hold about the volunteer, as plain JSON (right of access/portability)."""
    proposals = []
    for proposal in candidate.proposals.select_related("initiative"):
        proposals.append(
            {
                "initiative": proposal.initiative.title,
                "state": proposal.state,
                "score": proposal.score,
                "why": proposal.reasons,
                "created_at": proposal.created_at.isoformat(),
                "sent_at": proposal.sent_at.isoformat() if proposal.sent_at else None,
                "decline_reason": proposal.decline_reason,
                "note": proposal.reason_note,
                "end_reason": proposal.end_reason,
            }
        )
    history = [
        {
            "change": t.name,
            "from": t.source,
            "to": t.target,
            "at": t.at.isoformat(),
            "why": t.reason,
        }
        for t in transitions.history(candidate)
    ]
    return {
        "reference": candidate.reference,
        "status": candidate.status,
        "name": candidate.name,
        "email": candidate.email,
        "phone": candidate.phone,
        "postcode": candidate.postcode,
        "max_km": candidate.max_km,
        "languages": candidate.languages,
        "interests": candidate.interests,
        "availability": candidate.availability,
        "buddy_kinds": candidate.buddy_kinds,
        "capacity": candidate.capacity,
        "motivation": candidate.motivation,
        "language": candidate.language,
        "adult_confirmed": candidate.adult_confirmed,
        "consent": {
            "privacy_notice_version": candidate.consent_version,
            "given_at": candidate.consent_at.isoformat(),
        },
        "registered_at": candidate.created_at.isoformat(),
        "confirmed_at": candidate.confirmed_at.isoformat() if candidate.confirmed_at else None,
        "paused_until": candidate.pause_until.isoformat() if candidate.pause_until else None,
        "proposals": proposals,
        "history": history,
    }


@transaction.atomic
def anonymise(
    candidate: Candidate, *, reason: str, actor=None, role: str = "volunteer"
) -> Candidate:
    """Erase in place: personal fields emptied, a keyed hash of the address kept as a tombstone.

    Counts (registered, confirmed, proposals and their states) stay for the figures.
    """
    email = candidate.email
    if candidate.email:
        Tombstone.objects.get_or_create(
            email_hash=email_digest(candidate.email), defaults={"reason": reason[:30]}
        )
    _close_open_proposals(candidate, "candidate erased")
    candidate.proposals.update(reason_note="")
    candidate.name = ""
    candidate.email = ""
    candidate.phone = ""
    candidate.motivation = ""
    candidate.latitude = None
    candidate.longitude = None
    candidate.postcode = candidate.postcode[:2] + "00" if candidate.postcode else ""
    candidate.languages = {}
    candidate.interests = []
    candidate.availability = []
    candidate.buddy_kinds = []
    candidate.pause_until = None
    candidate.anonymised_at = timezone.now()
    transitions.apply(candidate, "anonymise", actor=actor, role=role, reason=reason)
    _scrub_free_text(candidate, email)
    return candidate


def _scrub_free_text(candidate: Candidate, email: str) -> None:
    """Free text about the person (decline and end notes in the logs) goes with the erasure;
    the audit log keeps its entries under the reference, and the ledger remembers the address
    for a restore from an older backup."""
    proposal_ids = list(Proposal.objects.filter(candidate=candidate).values_list("pk", flat=True))
    Transition.objects.filter(entity="proposal", object_id__in=proposal_ids).update(reason="")
    Transition.objects.filter(entity="candidate", object_id=candidate.pk).exclude(
        name="anonymise"
    ).update(reason="")
    candidate.exclusions.update(reason="")
    forget(candidate)
    if email:
        ledger.record(ledger.Scope.VOLUNTEER, email)


def open_proposal_count(candidate: Candidate) -> int:
    return candidate.proposals.filter(state__in=PROPOSAL_OPEN).count()


def proposals_to_answer(candidate: Candidate):
    return candidate.proposals.filter(state=Proposal.State.PROPOSED).select_related(
        "initiative", "initiative__municipality"
    )
