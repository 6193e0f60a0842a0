"""Demo data of the pool: fictitious volunteers, local services, requests and a crisis wave.

Everything is clearly marked: names start with "Demo", addresses end in @demo.example.org and
services start with "Demo:". Running it again replaces the earlier demo data."""

from __future__ import annotations

import datetime as dt
import random

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Site

from portal.demo.places import PLACES
from portal.models import Municipality
from taalhulp.models import LanguageHelpSettings
from taalhulp.pool import choices
from taalhulp.pool.demo.plan import (
    HEAVY_SHARE,
    KINDS_OF_CONVERSATION,
    LANGUAGE_WEIGHTS,
    SERVICE_NAMES,
    language_entries,
    weekly_spans,
)
from taalhulp.pool.models import (
    HelpRequest,
    LocalService,
    TrainingSession,
    TrainingSignup,
    Volunteer,
    Wave,
    WeeklySlot,
)
from taalhulp.pool.services import matching

DOMAIN = "@demo.example.org"
SERVICE_PREFIX = "Demo: "
WAVE_TITLE = "Demo: crisistolken Oekraïens"
VOLUNTEERS = 200
CRISIS_SHARE = 0.3
REQUESTS = 400
PAST_REQUESTS = 80
# Used when the places are not loaded (tests): a few centres with their postcode.
FALLBACK_PLACES = [
    ("Gent", "9000", 51.0543, 3.7174),
    ("Antwerpen", "2000", 51.2194, 4.4025),
    ("Leuven", "3000", 50.8798, 4.7005),
    ("Brussel", "1000", 50.8467, 4.3525),
    ("Hasselt", "3500", 50.9307, 5.3325),
]


def _places() -> list[tuple[Municipality | None, str, float, float]]:
    found = list(Municipality.objects.filter(name_nl__in=PLACES).prefetch_related("postcodes"))
    if not found:
        return [(None, code, lat, lon) for _name, code, lat, lon in FALLBACK_PLACES]
    places = []
    for place in found:
        postcode = next(iter(place.postcodes.all()), None)
        places.append((place, postcode.code if postcode else "", place.latitude, place.longitude))
    return places


def clear() -> None:
    """Remove the earlier demo data (requests before their services: they protect them)."""
    HelpRequest.objects.filter(service__name__startswith=SERVICE_PREFIX).delete()
    LocalService.objects.filter(name__startswith=SERVICE_PREFIX).delete()
    Volunteer.objects.filter(email__endswith=DOMAIN).delete()
    TrainingSession.objects.filter(title__startswith="Demo:").delete()
    Wave.objects.filter(title=WAVE_TITLE).delete()


def _languages() -> tuple[list[str], list[int]]:
    return [code for code, _weight in LANGUAGE_WEIGHTS], [weight for _c, weight in LANGUAGE_WEIGHTS]


def _volunteers(rng, places, wave) -> list[Volunteer]:
    now = timezone.now()
    codes, weights = _languages()
    volunteers, slots = [], []
    for number in range(1, VOLUNTEERS + 1):
        crisis = rng.random() < CRISIS_SHARE
        municipality, postcode, lat, lon = rng.choice(places)
        first = rng.choices(codes, weights)[0]
        in_wave = crisis and first == "uk" and wave is not None and number % 2 == 0
        volunteer = Volunteer(
            kind=choices.Kind.CRISISTOLK if crisis else choices.Kind.TAALHULP,
            status=rng.choices(["active", "paused", "unconfirmed"], [88, 7, 5])[0],
            wave=wave if in_wave else None,
            name=f"Demo {'Crisistolk' if crisis else 'Taalhulp'} {number}",
            email=f"demo-{number}{DOMAIN}",
            phone=f"+32 470 00 {number // 100:02d} {number % 100:02d}",
            postcode=postcode,
            municipality=municipality,
            latitude=lat,
            longitude=lon,
            max_km=rng.choice([5, 10, 15, 25]),
            languages=language_entries(rng, first, codes),
            dutch_level=rng.choice(["B1", "B2", "C1", "native"]),
            modes=["remote", "phone"]
            if crisis
            else rng.choice([["remote", "onsite", "phone"], ["onsite"], ["remote", "phone"]]),
            max_per_week=rng.choice([1, 2, 3]),
            remote_only=crisis,
            trained_at=None if in_wave else now - dt.timedelta(days=rng.randint(10, 400)),
            needs_coaching=rng.random() < 0.03,
            adult_confirmed=True,
            consent_version="demo",
            consent_at=now,
            last_activity_at=now,
        )
        volunteer.confirmed_at = None if volunteer.status == "unconfirmed" else now
        volunteers.append(volunteer)
    Volunteer.objects.bulk_create(volunteers)
    for volunteer in volunteers:
        for weekday, start, end in weekly_spans(rng):
            slots.append(WeeklySlot(volunteer=volunteer, weekday=weekday, starts=start, ends=end))
    WeeklySlot.objects.bulk_create(slots)
    return volunteers


def _services(rng, places) -> list[LocalService]:
    services = []
    for index, (name, kind) in enumerate(SERVICE_NAMES):
        municipality = places[index % len(places)][0]
        services.append(
            LocalService.objects.create(
                name=f"{SERVICE_PREFIX}{name}",
                kind=kind,
                municipality=municipality,
                contact_email=f"dienst-{index + 1}{DOMAIN}",
            )
        )
    return services


def _request(rng, services, places, starts_at, codes, weights) -> HelpRequest:
    service = rng.choice(services)
    municipality, postcode, lat, lon = rng.choice(places)
    mode = rng.choices(["remote", "onsite", "phone"], [40, 40, 20])[0]
    return HelpRequest(
        service=service,
        language=rng.choices(codes, weights)[0],
        kind=rng.choices(["any", "taalhulp", "crisistolk"], [70, 20, 10])[0],
        mode=mode,
        postcode=postcode if mode == "onsite" else "",
        municipality=municipality if mode == "onsite" else None,
        latitude=lat if mode == "onsite" else None,
        longitude=lon if mode == "onsite" else None,
        starts_at=starts_at,
        minutes=rng.choice([30, 45, 60, 90]),
        conversation_kind=rng.choice(["administrative", "practical"]),
        difficulty=choices.Difficulty.ROUTINE,
        description="Demo: uitleg bij een brief of formulier.",
    )


def _next_week(rng) -> dt.datetime:
    today = timezone.localdate()
    monday = today + dt.timedelta(days=7 - today.weekday())
    day = monday + dt.timedelta(days=rng.randint(0, 4))
    moment = dt.datetime.combine(day, dt.time(rng.randint(8, 16), rng.choice([0, 30])))
    return timezone.make_aware(moment)


def _requests(rng, services, places) -> tuple[int, int]:
    """Next week's requests; a heavy conversation is refused by the form and never stored."""
    codes, weights = _languages()
    stored, refused = [], 0
    while len(stored) < REQUESTS:
        if rng.random() < HEAVY_SHARE:
            rng.choice(KINDS_OF_CONVERSATION)  # medical, legal ...: the form sends them away
            refused += 1
            continue
        stored.append(_request(rng, services, places, _next_week(rng), codes, weights))
    HelpRequest.objects.bulk_create(stored)
    return len(stored), refused


def _past_requests(rng, services, places) -> int:
    """Earlier months, so the figures page shows answered, held and unanswered requests."""
    codes, weights = _languages()
    now = timezone.now()
    reasons = [reason for reason in choices.UnansweredReason.values if reason != "excluded"]
    past = []
    for _number in range(PAST_REQUESTS):
        starts_at = now - dt.timedelta(days=rng.randint(7, 150), hours=rng.randint(0, 8))
        request = _request(rng, services, places, starts_at, codes, weights)
        request.description = ""
        outcome = rng.choices(["completed", "cancelled", "unanswered"], [70, 10, 20])[0]
        request.status = outcome
        if outcome == "unanswered":
            request.unanswered_reason = rng.choice(reasons)
        else:
            request.answered_at = starts_at - dt.timedelta(days=rng.randint(1, 4))
        if outcome == "completed":
            request.completed_at = starts_at + dt.timedelta(minutes=request.minutes)
        if outcome == "cancelled":
            request.cancelled_at = starts_at - dt.timedelta(hours=12)
        past.append(request)
    HelpRequest.objects.bulk_create(past)
    # created_at is set on insert: move it before the conversation, where it belongs.
    for request in past:
        asked = request.starts_at - dt.timedelta(days=rng.randint(5, 10))
        HelpRequest.objects.filter(pk=request.pk).update(created_at=asked)
    return len(past)


def _wave(rng) -> tuple[Wave, TrainingSession]:
    today = timezone.localdate()
    wednesday = today + dt.timedelta(days=(2 - today.weekday()) % 7 + 7)
    starts = timezone.make_aware(dt.datetime.combine(wednesday, dt.time(14)))
    wave = Wave.objects.create(
        language="uk",
        title=WAVE_TITLE,
        call=(
            "Demo: spreek je Oekraïens en Nederlands? Help op afstand bij korte gesprekken "
            "met diensten. Je krijgt eerst een vorming van twee uur."
        ),
        training_starts_at=starts,
        training_place="Online (demo)",
    )
    session = TrainingSession.objects.create(
        title="Demo: vorming crisistolken Oekraïens",
        kind=choices.Kind.CRISISTOLK,
        wave=wave,
        starts_at=starts,
        place="Online (demo)",
        places=40,
    )
    return wave, session


def _request_form_link() -> None:
    """The decision aid's "ask for a language helper" route leads to the services' request form
    (unless an editor set another address)."""
    for site in Site.objects.all():
        links = LanguageHelpSettings.for_site(site)
        if not links.helper_request_url:
            links.helper_request_url = reverse("taalhulpen_helprequest:add")
            links.save(update_fields=["helper_request_url"])


@transaction.atomic
def generate(seed: int = 0) -> int:
    """Build the demo pool; prints a summary and returns the number of volunteers."""
    rng = random.Random(seed)
    clear()
    places = _places()
    wave, session = _wave(rng)
    volunteers = _volunteers(rng, places, wave)
    TrainingSignup.objects.bulk_create(
        TrainingSignup(session=session, volunteer=volunteer)
        for volunteer in volunteers
        if volunteer.wave_id == wave.pk
    )
    services = _services(rng, places)
    _request_form_link()
    stored, refused = _requests(rng, services, places)
    past = _past_requests(rng, services, places)
    crisis = sum(volunteer.kind == choices.Kind.CRISISTOLK for volunteer in volunteers)
    # The engine proposes for next week's requests; the coordinator confirms in the cockpit.
    run = matching.run()
    reasons = dict(run.unanswered)
    reasons["certified_interpreter"] = reasons.get("certified_interpreter", 0) + refused
    print(  # noqa: T201 - seed_demo's summary
        f"  taalhulpen: {len(volunteers)} volunteers ({crisis} crisis interpreters), "
        f"{len(services)} services, {stored} requests next week ({refused} heavy ones refused "
        f"by the form, not stored), {past} earlier requests, wave '{wave.title}' with "
        f"{session.signups.count()} sign-ups"
    )
    print(  # noqa: T201 - seed_demo's summary: the figure the agency watches
        f"  taalhulpen matching ({run.status}, {run.seconds:.1f} s): {run.answered} of "
        f"{run.requests + refused} requests answered; unanswered by reason: "
        + (", ".join(f"{reason} {count}" for reason, count in sorted(reasons.items())) or "none")
    )
    return len(volunteers)
