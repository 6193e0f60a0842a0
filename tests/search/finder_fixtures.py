"""Six offers for the finder and saved-search tests (much quicker than the 150 demo offers)."""

import datetime as dt

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from aanbod.factories import OfferIndexPageFactory, OfferPageFactory, OrganisationPageFactory
from aanbod.models import DutchLevel, OfferWeeklySlot
from portal.factories import HomePageFactory

EVENING = (dt.time(19), dt.time(21))
MORNING = (dt.time(9, 30), dt.time(11, 30))
AFTERNOON = (dt.time(14), dt.time(16))

# (title, extra fields, weekday, times, levels)
OFFERS = [
    ("Praattafel Gent", {"postcode": "9000", "cost_free": True}, 0, EVENING, ["A1", "A2"]),
    (
        "Nederlands voor anderstaligen Gent",
        {"postcode": "9000", "offer_type": "course_nt2", "cost_free": False, "cost_amount": 50},
        1,
        MORNING,
        ["A1"],
    ),
    ("Taalcafé Deinze", {"postcode": "9800", "childcare": True}, 2, AFTERNOON, ["A2", "B1"]),
    (
        "Online oefengroep Nederlands",
        {"postcode": "", "format": "online"},
        3,
        EVENING,
        ["A2"],
    ),
    ("Wandelclub Leuven", {"postcode": "3000", "offer_type": "leisure"}, 5, MORNING, []),
    (
        "Buddyproject Antwerpen",
        {"postcode": "2000", "offer_type": "buddy_project", "counts_for_participation": True},
        4,
        AFTERNOON,
        [],
    ),
]


def add_offer(organisation, title, fields, weekday, times, levels, **more):
    offer = OfferPageFactory.build(
        title=title,
        summary=f"{title}: samen Nederlands oefenen.",
        start_date=timezone.localdate() - dt.timedelta(days=7),
        **{**fields, **more},
    )
    offer.weekly_slots = [OfferWeeklySlot(weekday=weekday, start=times[0], end=times[1])]
    organisation.add_child(instance=offer)
    offer.dutch_levels.set(DutchLevel.objects.filter(code__in=levels))
    offer.save_revision().publish()
    return offer


@pytest.fixture
def finder_offers(db, settings):
    """Six live offers in Gent, Deinze, Leuven, Antwerpen and online; the database searches."""
    settings.SEARCH = {**settings.SEARCH, "URL": ""}
    call_command("load_places", verbosity=0, stdout=open("/dev/null", "w"))  # noqa: SIM115
    # A flushed database (transactional tests) has lost what the migrations made.
    Locale.objects.get_or_create(language_code="nl")
    for position, code in enumerate(("A0", "A1", "A2", "B1", "B2", "C1")):
        DutchLevel.objects.get_or_create(code=code, defaults={"position": position})
    root = Page.get_first_root_node() or Page.add_root(title="Root", slug="root")
    home = HomePageFactory(parent=root)
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": home}
    )
    index = OfferIndexPageFactory(parent=home)
    organisation = OrganisationPageFactory(parent=index, title="Stad Gent", slug="stad-gent")
    return {
        title: add_offer(organisation, title, fields, weekday, times, levels)
        for title, fields, weekday, times, levels in OFFERS
    }
