"""The demo catalogue: an offers index, organisations and 150 offers in 28 municipalities."""

from __future__ import annotations

import datetime as dt
import random

from django.utils import timezone, translation
from django.utils.text import slugify
from wagtail.models import Page

from aanbod.demo import offers as demo_offers
from aanbod.factories import OfferIndexPageFactory, OfferPageFactory, OrganisationPageFactory
from aanbod.models import (
    DutchLevel,
    OfferDate,
    OfferIndexPage,
    OfferPage,
    OfferWeeklySlot,
    TargetGroup,
    Theme,
)
from portal.demo.places import PLACES
from portal.models import Municipality
from portal.vocabulary import OFFER_LEVELS

OFFER_COUNT = 150
TIMES = [
    (dt.time(9, 30), dt.time(11, 30)),
    (dt.time(14, 0), dt.time(16, 0)),
    (dt.time(19, 0), dt.time(21, 0)),
]


# The offers index in every site language besides Dutch (the factory's default).
INDEX_TRANSLATIONS = {
    "title": {
        "en": "Offers",
        "fr": "Offre",
        "uk": "Пропозиції",
        "ru": "Предложения",
        "ar": "العروض",
    },
    # Addresses stay Dutch in the other languages, as before.
    "slug": {"en": "offers", "uk": "propozytsii"},
    "intro": {
        "en": "Find a place to practise Dutch, take part or learn something.",
        "fr": "Trouvez un endroit pour pratiquer le néerlandais, participer ou apprendre "
        "quelque chose.",
        "uk": "Знайдіть, де практикувати нідерландську, долучитися або чогось навчитися.",
        "ru": "Найдите, где практиковать нидерландский, участвовать или чему-то научиться.",
        "ar": "ابحث عن مكان تتدرّب فيه على الهولندية، أو تشارك فيه، أو تتعلم شيئًا.",
    },
}


def _index_translations() -> dict:
    return {
        f"{name}_{code}": text
        for name, texts in INDEX_TRANSLATIONS.items()
        for code, text in texts.items()
    }


def _index_page(home: Page) -> OfferIndexPage:
    existing = OfferIndexPage.objects.first()
    if existing:
        # Refresh the translations of an index from an older demo.
        for name, value in _index_translations().items():
            setattr(existing, name, value)
        with translation.override("nl"):
            existing.save_revision().publish()
        return existing
    return OfferIndexPageFactory(parent=home, show_in_menus=True, **_index_translations())


def _organisation(index: OfferIndexPage, name: str, kind: str, municipality=None):
    existing = index.get_children().filter(slug_nl=slugify(name)).first()
    if existing:
        return existing.specific
    page = OrganisationPageFactory(
        parent=index, title=name, slug=slugify(name), kind=kind, contact_email="aanbod@example.org"
    )
    if municipality:
        page.municipalities.set([municipality])
        page.save()
    return page


def _terms(model, names: dict[str, dict[str, str]]):
    """The terms with their names in every site language (refreshed on an older demo)."""
    for slug, translated in names.items():
        fields = {f"name_{code}": name for code, name in translated.items()}
        model.objects.update_or_create(slug=slug, defaults=fields)
    return {term.slug: term for term in model.objects.all()}


DUTCH_LEVEL_CODES = OFFER_LEVELS


def _offer(number, rng, organisation, municipality, themes, groups, levels, today):
    offer_type, fmt, title, summary, translations, theme_slugs, level_codes = demo_offers.TEMPLATES[
        number % len(demo_offers.TEMPLATES)
    ]
    place = municipality.name_nl
    fields = {"title": title.format(place=place), "summary": summary}
    for language, (title_t, summary_t) in translations.items():
        fields[f"title_{language}"] = title_t.format(place=place)
        fields[f"summary_{language}"] = summary_t
    postcode = municipality.postcodes.order_by("code").first()
    start, end = TIMES[number % len(TIMES)]
    offer = OfferPageFactory.build(
        **fields,
        slug=f"{slugify(fields['title'])}-{number}",
        source="demo",
        external_id=f"demo-{number:03d}",
        offer_type=offer_type,
        format=fmt,
        description=summary,
        low_literacy_friendly=number % 4 == 0,
        support_languages=rng.choice(["", "en", "en, fr", "uk, ru", "ar", "en, uk, ar"]),
        location_name="" if fmt == "online" else f"Ontmoetingscentrum {place}",
        street="" if fmt == "online" else f"Kerkstraat {number % 90 + 1}",
        postcode="" if fmt == "online" else postcode.code,
        start_date=today - dt.timedelta(days=30),
        end_date=today + dt.timedelta(days=200),
        hours_total=rng.choice([None, 10, 20, 40]),
        counts_for_participation=offer_type in ("participation", "buddy_project"),
        cost_free=number % 5 != 0,
        cost_amount=None if number % 5 else 5 + number % 20,
        childcare=number % 6 == 0,
        wheelchair_accessible=number % 3 != 0,
        language_friendly_label=offer_type == "leisure" or number % 7 == 0,
        contact_email=f"info{number}@example.org",
        registration_required=number % 2 == 0,
        valid_until=today + dt.timedelta(days=5 + (number * 7) % 300),
        last_checked=today - dt.timedelta(days=(number * 11) % 250),
    )
    offer.weekly_slots = [OfferWeeklySlot(weekday=number % 7, start=start, end=end)]
    if number % 10 == 0:
        offer.single_dates = [OfferDate(date=today + dt.timedelta(days=14 + number % 20))]
    with translation.override("nl"):
        organisation.add_child(instance=offer)
        offer.themes.set([themes[slug] for slug in theme_slugs])
        offer.dutch_levels.set([levels[code] for code in level_codes])
        offer.target_groups.set([groups[rng.choice(list(groups))]])
        offer.save_revision().publish()
    return offer


def generate(*, seed: int = 42, home: Page) -> OfferIndexPage:
    """The offers index, organisations and 150 offers; existing demo offers are kept."""
    rng = random.Random(seed)
    today = timezone.localdate()
    index = _index_page(home)
    themes = _terms(Theme, demo_offers.THEMES)
    groups = _terms(TargetGroup, demo_offers.TARGET_GROUPS)
    # The levels come from a data migration; a test that flushed the database removed them.
    levels = {
        code: DutchLevel.objects.get_or_create(code=code, defaults={"position": position})[0]
        for position, code in enumerate(DUTCH_LEVEL_CODES)
    }
    municipalities = list(Municipality.objects.filter(name_nl__in=PLACES))
    municipalities.sort(key=lambda m: PLACES.index(m.name_nl))
    house = _organisation(index, "Huis van het Nederlands Brussel", "organisation")
    existing = set(OfferPage.objects.filter(source="demo").values_list("external_id", flat=True))
    for number in range(OFFER_COUNT):
        if f"demo-{number:03d}" in existing:
            continue
        municipality = municipalities[number % len(municipalities)]
        if municipality.region == "brussels" and number % 2:
            organisation = house
        else:
            prefix = "Stad" if number % 3 else "Gemeente"
            organisation = _organisation(
                index, f"{prefix} {municipality.name_nl}", "local_authority", municipality
            )
        _offer(number, rng, organisation, municipality, themes, groups, levels, today)
    return index
