"""Volunteers' own workflows: register (double opt-in), confirm, update, pause, withdraw, erase."""

from __future__ import annotations

from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone

from portal.mail_safety import first_unconfirmed_mail
from portal.models import Postcode
from taalhulp.pool import choices
from taalhulp.pool.models import (
    TrainingSession,
    TrainingSignup,
    Unavailability,
    Volunteer,
    Wave,
    WeeklySlot,
)
from taalhulp.pool.services import links, proposals
from taalhulp.pool.services import volunteer_emails as emails

PROFILE_FIELDS = ["name", "phone", "postcode", "max_km", "languages", "dutch_level", "modes"]
PROFILE_FIELDS += ["max_per_week"]


def place_for(postcode: str) -> Postcode | None:
    return Postcode.objects.filter(code=postcode).select_related("municipality").first()


def _set_place(volunteer: Volunteer) -> None:
    place = place_for(volunteer.postcode)
    volunteer.municipality = place.municipality if place else None
    volunteer.latitude = place.latitude if place else None
    volunteer.longitude = place.longitude if place else None


def _set_week(volunteer: Volunteer, data: dict) -> None:
    """Replace the weekly slots and days off with the ones in `data` (when it has them)."""
    if "slots" in data:
        volunteer.slots.all().delete()
        WeeklySlot.objects.bulk_create(
            WeeklySlot(volunteer=volunteer, weekday=day, starts=starts, ends=ends)
            for day, starts, ends in data["slots"]
        )
    if "days_off" in data:
        volunteer.unavailabilities.all().delete()
        Unavailability.objects.bulk_create(
            Unavailability(volunteer=volunteer, first_day=first, last_day=last)
            for first, last in data["days_off"]
        )


def _known(email: str) -> Volunteer | None:
    return Volunteer.objects.filter(email=email).exclude(status=Volunteer.Status.ANONYMISED).first()


def _answer_known(existing: Volunteer) -> None:
    """A second registration with a known address: a mail to that address, the same page."""
    if not first_unconfirmed_mail("taalhulpen", existing.email):
        return
    if existing.status == Volunteer.Status.UNCONFIRMED:
        send_confirmation(existing, dedupe=False)
    else:
        url = emails.absolute(links.magic_url(existing))
        emails.to_volunteer(existing, "already_registered", {"url": url})


def _new(data: dict, *, email: str, language: str, **extra) -> Volunteer:
    now = timezone.now()
    volunteer = Volunteer(
        **{field: data[field] for field in PROFILE_FIELDS if field in data},
        email=email,
        language=language,
        adult_confirmed=True,
        consent_version=links.setting("TAALHULP_PRIVACY_VERSION"),
        consent_at=now,
        last_activity_at=now,
        **extra,
    )
    _set_place(volunteer)
    volunteer.save()
    _set_week(volunteer, data)
    if first_unconfirmed_mail("taalhulpen", email):
        send_confirmation(volunteer, dedupe=True)
    return volunteer


@transaction.atomic
def register(data: dict, *, language: str) -> Volunteer | None:
    """Store a new, unconfirmed volunteer and mail the confirmation link.

    A known address gets a mail instead (a new confirmation link or a link to the page), so
    the form never reveals who is registered. Crisis interpreters work remotely.
    """
    email = data["email"].strip().lower()
    existing = _known(email)
    if existing is not None:
        _answer_known(existing)
        return None
    kind = data["kind"]
    return _new(
        data, email=email, language=language, kind=kind, remote_only=kind == choices.Kind.CRISISTOLK
    )


@transaction.atomic
def register_for_wave(wave: Wave, data: dict, *, language: str) -> Volunteer | None:
    """The short registration of a crisis wave: a remote crisis interpreter in the wave's
    language, signed up for the wave's training."""
    email = data["email"].strip().lower()
    existing = _known(email)
    if existing is not None:
        _answer_known(existing)
        return None
    data = {**data, "languages": [{"code": wave.language, "level": data["level"]}]}
    volunteer = _new(
        data,
        email=email,
        language=language,
        kind=choices.Kind.CRISISTOLK,
        remote_only=True,
        wave=wave,
    )
    TrainingSignup.objects.get_or_create(session=wave_training(wave), volunteer=volunteer)
    return volunteer


def wave_training(wave: Wave) -> TrainingSession:
    session = TrainingSession.objects.filter(wave=wave, starts_at=wave.training_starts_at).first()
    if session is None:
        session = TrainingSession.objects.create(
            title=wave.title,
            kind=choices.Kind.CRISISTOLK,
            wave=wave,
            starts_at=wave.training_starts_at,
            place=wave.training_place or "-",
        )
    return session


def send_confirmation(volunteer: Volunteer, *, dedupe: bool) -> None:
    emails.to_volunteer(
        volunteer,
        "confirm",
        {
            "url": emails.absolute(links.confirm_url(volunteer)),
            "days": links.setting("TAALHULP_UNCONFIRMED_DAYS"),
        },
        dedupe_key=f"taalhulpen-confirm:{volunteer.public_id}" if dedupe else None,
    )


def send_link(email: str) -> None:
    """Mail a link to the page (or a new confirmation link) if we know the address; the
    caller shows the same page either way, at most one mail an hour per mailbox."""
    volunteer = _known(email.strip().lower())
    if volunteer is None or not first_unconfirmed_mail("taalhulpen", volunteer.email):
        return
    if volunteer.status == Volunteer.Status.UNCONFIRMED:
        send_confirmation(volunteer, dedupe=False)
    else:
        emails.to_volunteer(volunteer, "link", {"url": emails.absolute(links.magic_url(volunteer))})


def touch(volunteer: Volunteer) -> None:
    volunteer.last_activity_at = timezone.now()
    volunteer.save(update_fields=["last_activity_at"])


@transaction.atomic
def confirm(volunteer: Volunteer) -> Volunteer:
    now = timezone.now()
    volunteer.confirmed_at = now
    volunteer.last_activity_at = now
    volunteer.status = Volunteer.Status.ACTIVE
    volunteer.save(update_fields=["confirmed_at", "last_activity_at", "status"])
    return volunteer


@transaction.atomic
def update(volunteer: Volunteer, data: dict) -> Volunteer:
    for field in PROFILE_FIELDS:
        if field in data:
            setattr(volunteer, field, data[field])
    volunteer.last_activity_at = timezone.now()
    _set_place(volunteer)
    volunteer.save()
    _set_week(volunteer, data)
    return volunteer


def _set_status(volunteer: Volunteer, status: str, **fields) -> Volunteer:
    for name, value in fields.items():
        setattr(volunteer, name, value)
    volunteer.status = status
    volunteer.last_activity_at = timezone.now()
    volunteer.save(update_fields=["status", "last_activity_at", *fields])
    return volunteer


def pause(volunteer: Volunteer, until) -> Volunteer:
    return _set_status(volunteer, Volunteer.Status.PAUSED, pause_until=until)


def resume(volunteer: Volunteer) -> Volunteer:
    return _set_status(volunteer, Volunteer.Status.ACTIVE, pause_until=None)


@transaction.atomic
def withdraw(volunteer: Volunteer) -> Volunteer:
    volunteer.trainings.filter(session__starts_at__gt=timezone.now()).delete()
    proposals.release_volunteer(volunteer)
    return _set_status(volunteer, Volunteer.Status.WITHDRAWN, pause_until=None)


def upcoming_trainings(volunteer: Volunteer):
    """Trainings for the volunteer's kind that have not started, with the places taken."""
    return (
        TrainingSession.objects.filter(kind=volunteer.kind, starts_at__gt=timezone.now())
        .annotate(
            taken=Count("signups"), mine=Count("signups", filter=Q(signups__volunteer=volunteer))
        )
        .order_by("starts_at")
    )


class TrainingFull(Exception):
    """No free place left in the training."""


@transaction.atomic
def sign_up(volunteer: Volunteer, session_pk: int) -> TrainingSignup:
    # The row lock makes two last-place sign-ups wait for each other.
    session = (
        TrainingSession.objects.select_for_update()
        .filter(pk=session_pk, kind=volunteer.kind, starts_at__gt=timezone.now())
        .get()
    )
    existing = TrainingSignup.objects.filter(session=session, volunteer=volunteer).first()
    if existing is not None:
        return existing
    if session.signups.count() >= session.places:
        raise TrainingFull(session_pk)
    return TrainingSignup.objects.create(session=session, volunteer=volunteer)


def cancel_signup(volunteer: Volunteer, session_pk: int) -> int:
    deleted, _detail = TrainingSignup.objects.filter(
        session_id=session_pk, volunteer=volunteer, session__starts_at__gt=timezone.now()
    ).delete()
    return deleted
