"""Factories for the pool's tests and demo: volunteers, services, requests, waves, training."""

from __future__ import annotations

import datetime as dt

import factory
from django.utils import timezone

from taalhulp.pool import choices
from taalhulp.pool.models import (
    HelpRequest,
    LocalService,
    TrainingSession,
    Volunteer,
    Wave,
    WeeklySlot,
)

GHENT = (51.0543, 3.7174)


def next_weekday(weekday: int, hour: int, *, weeks_ahead: int = 1) -> dt.datetime:
    """An aware local datetime on `weekday` (0 = Monday) at `hour`, in next week (weeks_ahead=1)
    or later."""
    today = timezone.localdate()
    # Counted from next week's Monday, whatever today is: calls with the same weeks_ahead fall in
    # one ISO week, other weeks_ahead in other weeks, and every date lies ahead.
    next_monday = today + dt.timedelta(days=7 - today.weekday())
    day = next_monday + dt.timedelta(days=weekday, weeks=weeks_ahead - 1)
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour)))


class VolunteerFactory(factory.django.DjangoModelFactory):
    """An active, trained language helper in Ghent, free on weekdays from 9 to 17."""

    name = factory.Sequence(lambda n: f"Taalhulp {n}")
    email = factory.Sequence(lambda n: f"taalhulp{n}@example.org")
    kind = choices.Kind.TAALHULP
    status = Volunteer.Status.ACTIVE
    postcode = "9000"
    latitude = GHENT[0]
    longitude = GHENT[1]
    max_km = 20
    languages = factory.LazyFunction(lambda: [{"code": "uk", "level": "native"}])
    dutch_level = "B2"
    modes = factory.LazyFunction(lambda: ["remote", "onsite", "phone"])
    max_per_week = 3
    remote_only = False
    trained_at = factory.LazyFunction(timezone.now)
    adult_confirmed = True
    consent_version = "2026-12"
    consent_at = factory.LazyFunction(timezone.now)
    confirmed_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Volunteer

    @factory.post_generation
    def weekdays(self, create, extracted, **kwargs):
        """Weekly slots as `[(weekday, start_hour, end_hour), ...]`; default Mon–Fri 9–17."""
        if not create:
            return
        spans = extracted if extracted is not None else [(day, 9, 17) for day in range(5)]
        WeeklySlot.objects.bulk_create(
            WeeklySlot(volunteer=self, weekday=day, starts=dt.time(start), ends=dt.time(end))
            for day, start, end in spans
        )


class CrisisInterpreterFactory(VolunteerFactory):
    name = factory.Sequence(lambda n: f"Crisistolk {n}")
    email = factory.Sequence(lambda n: f"crisistolk{n}@example.org")
    kind = choices.Kind.CRISISTOLK
    remote_only = True
    modes = factory.LazyFunction(lambda: ["remote", "phone"])


class LocalServiceFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Sociaal Huis {n}")
    kind = choices.ServiceKind.LOCAL_AUTHORITY
    contact_email = factory.Sequence(lambda n: f"dienst{n}@example.org")

    class Meta:
        model = LocalService


class HelpRequestFactory(factory.django.DjangoModelFactory):
    """A routine remote request in Ukrainian next Tuesday at 10:00 for one hour."""

    service = factory.SubFactory(LocalServiceFactory)
    language = "uk"
    mode = choices.Mode.REMOTE
    postcode = "9000"
    latitude = GHENT[0]
    longitude = GHENT[1]
    starts_at = factory.LazyFunction(lambda: next_weekday(1, 10))
    minutes = 60
    conversation_kind = "administrative"
    difficulty = choices.Difficulty.ROUTINE
    description = "Uitleg over een formulier van de gemeente."

    class Meta:
        model = HelpRequest


class WaveFactory(factory.django.DjangoModelFactory):
    language = "uk"
    title = "Crisistolken Oekraïens"
    call = "Spreek je Oekraïens en Nederlands? Help op afstand bij gesprekken met diensten."
    training_starts_at = factory.LazyFunction(lambda: next_weekday(2, 14))
    training_place = "Online"

    class Meta:
        model = Wave


class TrainingSessionFactory(factory.django.DjangoModelFactory):
    title = "Basisvorming taalhulp"
    kind = choices.Kind.TAALHULP
    starts_at = factory.LazyFunction(lambda: next_weekday(3, 18))
    place = "Online"

    class Meta:
        model = TrainingSession
