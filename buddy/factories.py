"""Factories for buddy tests and the demo: about 30 initiatives, 200 candidates, a matching run."""

from __future__ import annotations

import datetime as dt
import random

import factory
from django.contrib.auth import get_user_model
from django.utils import timezone, translation
from django.utils.text import slugify
from wagtail.models import Page

from buddy import choices
from buddy.demo.matching_run import matching_run_ensure
from buddy.models import Candidate, InitiativeIndexPage, InitiativeLanguage, InitiativePage
from buddy.permissions import COORDINATORS_GROUP, groups_ensure
from portal.demo.places import PLACES
from portal.factories import PageFactory
from portal.models import Municipality

ALL_SLOTS = [value for value, _label in choices.SLOTS]
INITIATIVE_COUNT = 30
CANDIDATE_COUNT = 200


class InitiativeIndexPageFactory(PageFactory):
    title = "Buddyprojecten"
    slug = "buddyprojecten"
    intro = "Word buddy van een nieuwkomer in je gemeente."

    class Meta:
        model = InitiativeIndexPage


class InitiativePageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"Buddyproject {n}")
    intro = "Samen praten, wandelen en de stad leren kennen."
    buddy_kind = "language"
    capacity = 3
    availability = factory.LazyFunction(lambda: list(ALL_SLOTS))
    themes = factory.LazyFunction(lambda: ["conversation"])

    class Meta:
        model = InitiativePage


class CandidateFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Vrijwilliger {n}")
    email = factory.Sequence(lambda n: f"buddy{n}@example.org")
    postcode = "9000"
    latitude = 51.0543
    longitude = 3.7174
    max_km = 20
    languages = factory.LazyFunction(lambda: {"nl": "native"})
    interests = factory.LazyFunction(lambda: ["conversation"])
    availability = factory.LazyFunction(lambda: ["1-evening", "5-morning"])
    buddy_kinds = factory.LazyFunction(lambda: ["language", "network"])
    capacity = 1
    status = Candidate.Status.AVAILABLE
    adult_confirmed = True
    consent_version = "2026-11"
    consent_at = factory.LazyFunction(timezone.now)
    confirmed_at = factory.LazyFunction(timezone.now)
    last_activity_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Candidate


def coordinator(username: str, email: str | None = None):
    """A staff user in the local coordinators' group (admin access, no page rights)."""
    user, created = get_user_model().objects.get_or_create(
        username=username, defaults={"email": email or f"{username}@example.org"}
    )
    if created:
        user.set_unusable_password()
        user.save()
    _agency, local = groups_ensure()
    user.groups.add(local)
    return user


def initiative(parent, municipality, *, title, kind="language", **fields) -> InitiativePage:
    required = fields.pop("required", {})
    page = InitiativePageFactory.build(
        title=title, slug=slugify(title), municipality=municipality, buddy_kind=kind, **fields
    )
    with translation.override("nl"):
        parent.add_child(instance=page)
        for code, level in required.items():
            InitiativeLanguage.objects.create(initiative=page, language=code, min_level=level)
        page.save_revision().publish()
    return page


FIRST = [
    "An",
    "Bram",
    "Chloé",
    "Dries",
    "Els",
    "Fatima",
    "Griet",
    "Hasan",
    "Ines",
    "Jonas",
    "Karim",
    "Lotte",
    "Mila",
    "Noah",
    "Olga",
    "Pieter",
    "Rania",
    "Sofie",
    "Tom",
    "Yusuf",
]
LAST = [
    "Peeters",
    "Janssens",
    "Maes",
    "Jacobs",
    "Mertens",
    "Willems",
    "Claes",
    "Goossens",
    "Wouters",
    "De Smet",
    "Dubois",
    "Lambert",
    "El Amrani",
    "Kovalenko",
    "Vermeulen",
]
OTHER_LANGUAGES = ["fr", "en", "ar", "uk", "ru", "tr", "fa", "es", "de", "pl"]
LEVELS = ["A2", "B1", "B2", "C1", "native"]


# The buddy projects index in every site language besides Dutch (the factory's default).
INDEX_TRANSLATIONS = {
    "title_en": "Buddy projects",
    "title_fr": "Projets buddy",
    "title_uk": "Проєкти бадді",
    "title_ru": "Проекты бадди",
    "title_ar": "مشاريع الرفقة",
    "slug_en": "buddy-projects",
    "slug_fr": "projets-buddy",
    "intro_en": "Become the buddy of a newcomer in your municipality.",
    "intro_fr": "Devenez le buddy d'un nouvel arrivant dans votre commune.",
    "intro_uk": "Станьте бадді для новоприбулої людини у вашій громаді.",
    "intro_ru": "Станьте бадди для новоприбывшего человека в вашем городе.",
    "intro_ar": "كن رفيقًا لقادم جديد في بلديتك.",
}


def _index(home: Page) -> InitiativeIndexPage:
    """Under the portal's "Buddy worden" section when it exists, else under the home page."""
    existing = InitiativeIndexPage.objects.first()
    if existing:
        # Refresh the translations of an index from an older demo.
        for name, value in INDEX_TRANSLATIONS.items():
            setattr(existing, name, value)
        with translation.override("nl"):
            existing.save_revision().publish()
        return existing
    section = home.get_children().filter(slug_nl="buddy-worden").first()
    return InitiativeIndexPageFactory(parent=section or home, **INDEX_TRANSLATIONS)


def generate(*, seed: int = 42, home: Page) -> InitiativeIndexPage:
    """Initiatives in the demo places, synthetic candidates and one matching run; idempotent."""
    rng = random.Random(seed)
    index = _index(home)
    places = list(Municipality.objects.filter(name_nl__in=PLACES))
    places.sort(key=lambda m: PLACES.index(m.name_nl))
    kinds = [value for value, _label in choices.BuddyKind.choices]
    themes = [value for value, _label in choices.Interest.choices]
    existing = set(InitiativePage.objects.values_list("slug", flat=True))
    for number in range(INITIATIVE_COUNT):
        place = places[number % len(places)]
        kind = kinds[number % len(kinds)]
        title = f"Buddywerking {place.name_nl} {number + 1}"
        if slugify(title) in existing:
            continue
        user = coordinator(f"coordinator-{slugify(place.name_nl)}")
        initiative(
            index,
            place,
            title=title,
            kind=kind,
            capacity=rng.choice([2, 3, 5, 8]),
            reach_km=rng.choice([None, 15, 25]),
            themes=rng.sample(themes, 3),
            availability=rng.sample(ALL_SLOTS, 8),
            preferred_languages=rng.sample(OTHER_LANGUAGES, 2),
            required={"nl": "B1"} if number % 3 == 0 else {},
            coordinator=user,
            requires_conduct_certificate=number % 5 == 0,
        )
    now = timezone.now()
    for number in range(CANDIDATE_COUNT):
        email = f"demo-buddy-{number:03d}@example.org"
        if Candidate.objects.filter(email=email).exists():
            continue
        place = places[rng.randrange(len(places))]
        postcode = place.postcodes.order_by("code").first()
        languages = {"nl": rng.choice(LEVELS)}
        for code in rng.sample(OTHER_LANGUAGES, rng.randint(0, 2)):
            languages[code] = rng.choice(LEVELS)
        status = (
            Candidate.Status.UNCONFIRMED
            if number % 20 == 0
            else Candidate.Status.PAUSED
            if number % 20 == 1
            else Candidate.Status.AVAILABLE
        )
        registered = now - dt.timedelta(days=rng.randint(1, 300))
        CandidateFactory(
            name=f"{FIRST[number % len(FIRST)]} {LAST[(number * 7) % len(LAST)]}",
            email=email,
            postcode=postcode.code,
            municipality=place,
            latitude=postcode.latitude,
            longitude=postcode.longitude,
            max_km=rng.choice([5, 10, 20, 40]),
            languages=languages,
            interests=rng.sample(themes, 3),
            availability=rng.sample(ALL_SLOTS, rng.randint(2, 8)),
            buddy_kinds=rng.sample(kinds, rng.randint(1, 3)),
            capacity=rng.choice([1, 1, 1, 2]),
            status=status,
            confirmed_at=None if status == Candidate.Status.UNCONFIRMED else registered,
            pause_until=timezone.localdate() + dt.timedelta(days=60)
            if status == "paused"
            else None,
            language=rng.choice(["nl", "nl", "nl", "en", "fr", "uk", "ar"]),
        )
    matching_run_ensure(rng)
    groups_ensure()
    return index


__all__ = ["COORDINATORS_GROUP", "CandidateFactory", "InitiativePageFactory", "generate"]
