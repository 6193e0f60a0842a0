"""Anonymise a volunteer: what self-service erasure, the data page and retention all do."""

from __future__ import annotations

import secrets

from django.db import transaction
from django.utils import timezone

from portal.audit import audit, forget
from taalhulp.pool.models import Proposal, Volunteer

# Proposals that still wait for somebody: withdrawn, so no service waits for an erased person.
_OPEN_PROPOSALS = (Proposal.Status.PROPOSED, Proposal.Status.SENT)


@transaction.atomic
def anonymise(volunteer: Volunteer, *, reason: str = "erased", user=None) -> Volunteer:
    """Remove everything that identifies the volunteer; keep kind, languages and dates so the
    figures stay meaningful. The record cannot be proposed again (status anonymised)."""
    if volunteer.status == Volunteer.Status.ANONYMISED:
        return volunteer
    now = timezone.now()
    volunteer.proposals.filter(status__in=_OPEN_PROPOSALS).update(
        status=Proposal.Status.WITHDRAWN, responded_at=now
    )
    volunteer.slots.all().delete()
    volunteer.unavailabilities.all().delete()
    volunteer.coaching.update(note="")
    volunteer.name = ""
    volunteer.email = f"anonymised-{volunteer.public_id.hex[:12]}@invalid"
    volunteer.phone = ""
    volunteer.postcode = ""
    volunteer.municipality = None
    volunteer.latitude = None
    volunteer.longitude = None
    volunteer.status = Volunteer.Status.ANONYMISED
    volunteer.needs_coaching = False
    volunteer.pause_until = None
    volunteer.anonymised_at = now
    volunteer.link_nonce = secrets.token_urlsafe(12)  # every link sent before stops working
    volunteer.save()
    forget(volunteer)
    audit(user, "taalhulpen.volunteer_anonymised", volunteer, reason)
    return volunteer
