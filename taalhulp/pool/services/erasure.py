"""Anonymise a volunteer: what self-service erasure, the data page and retention all do."""

from __future__ import annotations

import secrets

from django.db import transaction
from django.utils import timezone

from portal.audit import audit, forget
from taalhulp.pool.models import Volunteer
from taalhulp.pool.services import proposals


@transaction.atomic
def anonymise(volunteer: Volunteer, *, reason: str = "erased", user=None) -> Volunteer:
    """Remove everything that identifies the volunteer; keep kind, languages and dates so the
    figures stay meaningful. The record cannot be proposed again (status anonymised)."""
    if volunteer.status == Volunteer.Status.ANONYMISED:
        return volunteer
    now = timezone.now()
    # Proposals still waiting are withdrawn and their requests matched again: no service
    # waits for an erased person.
    proposals.release_volunteer(volunteer)
    volunteer.trainings.filter(session__starts_at__gt=now).delete()
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
