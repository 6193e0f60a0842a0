"""A language helper's record on the data page: find, export and erase it (privacy.holders)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from portal.models import AuditEvent
from portal.privacy import holders
from taalhulp.pool.models import Volunteer
from taalhulp.pool.services.erasure import anonymise


def _volunteers(email: str):
    return Volunteer.objects.filter(email__iexact=email).exclude(status=Volunteer.Status.ANONYMISED)


def export(volunteer: Volunteer) -> dict:
    """Everything held about one volunteer, as plain JSON (access and portability)."""
    iso = holders.iso
    return {
        "reference": volunteer.reference,
        "status": volunteer.status,
        "kind": volunteer.kind,
        "crisis_wave": volunteer.wave.title if volunteer.wave_id else None,
        "name": volunteer.name,
        "email": volunteer.email,
        "phone": volunteer.phone,
        "postcode": volunteer.postcode,
        "max_km": volunteer.max_km,
        "languages": list(volunteer.languages),
        "dutch_level": volunteer.dutch_level,
        "modes": list(volunteer.modes),
        "max_per_week": volunteer.max_per_week,
        "remote_only": volunteer.remote_only,
        "trained_at": iso(volunteer.trained_at),
        "needs_coaching": volunteer.needs_coaching,
        "language": volunteer.language,
        "adult_confirmed": volunteer.adult_confirmed,
        "consent_version": volunteer.consent_version,
        "consent_at": iso(volunteer.consent_at),
        "created_at": iso(volunteer.created_at),
        "confirmed_at": iso(volunteer.confirmed_at),
        "last_activity_at": iso(volunteer.last_activity_at),
        "pause_until": iso(volunteer.pause_until),
        "weekly_slots": [
            {"weekday": slot.weekday, "from": f"{slot.starts:%H:%M}", "until": f"{slot.ends:%H:%M}"}
            for slot in volunteer.slots.all()
        ],
        "days_off": [
            {"from": iso(day.first_day), "until": iso(day.last_day)}
            for day in volunteer.unavailabilities.all()
        ],
        "trainings": [
            {
                "title": signup.session.title,
                "starts_at": iso(signup.session.starts_at),
                "signed_up_at": iso(signup.signed_up_at),
                "attended": signup.attended,
            }
            for signup in volunteer.trainings.select_related("session").order_by("pk")
        ],
        "coaching": [iso(session.held_on) for session in volunteer.coaching.order_by("held_on")],
        # The service's description of a conversation is about its client, not the volunteer.
        "proposals": [
            {
                "status": proposal.status,
                "language": proposal.request.language,
                "mode": proposal.request.mode,
                "starts_at": iso(proposal.request.starts_at),
                "minutes": proposal.request.minutes,
                "service": proposal.request.service.name,
                "created_at": iso(proposal.created_at),
                "responded_at": iso(proposal.responded_at),
            }
            for proposal in volunteer.proposals.select_related("request__service").order_by("pk")
        ],
        # Who looked at the record: the kind of access and when (staff names are not shared).
        "access_log": [
            {"action": event.action, "at": iso(event.at)}
            for event in AuditEvent.objects.filter(
                object_type="taalhulpen.Volunteer", object_id=str(volunteer.pk)
            ).order_by("at")
        ],
    }


def _export(email: str) -> list:
    return [export(volunteer) for volunteer in _volunteers(email).order_by("pk")]


def erase(email: str) -> int:
    count = 0
    for volunteer in _volunteers(email):
        anonymise(volunteer, reason="erased on request")
        count += 1
    return count


def _addresses():
    active = Volunteer.objects.exclude(status=Volunteer.Status.ANONYMISED)
    return active.values_list("email", flat=True)


def register() -> None:
    holders.register(
        holders.Holder(
            kind="language_helper",
            label=_("My registration as a language helper or crisis interpreter"),
            position=45,
            records=_volunteers,
            export=_export,
            erase=erase,
            addresses=_addresses,
        )
    )
