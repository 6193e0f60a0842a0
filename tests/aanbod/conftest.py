"""Offer fixtures: places, an offers index and two organisations with one offer each."""

import datetime as dt

import pytest
from django.utils import timezone, translation

from aanbod.factories import OfferIndexPageFactory, OfferPageFactory, OrganisationPageFactory
from aanbod.models import OfferWeeklySlot
from tests.snapshots import DataSnapshot


@pytest.fixture(scope="session")
def offer_tree_snapshot(demo_site_snapshot, places_snapshot, django_db_blocker):
    with django_db_blocker.unblock():
        return DataSnapshot.record(build_offer_tree, demo_site_snapshot, places_snapshot)


@pytest.fixture
def offer_tree(demo_site, places, offer_tree_snapshot):
    """An offers index, Ghent and Leuven with one offer each, recorded once (tests/snapshots.py)."""
    return offer_tree_snapshot.replay_or_build(lambda: build_offer_tree(demo_site))


def build_offer_tree(demo_site, _places=None):
    index = OfferIndexPageFactory(parent=demo_site)
    gent = OrganisationPageFactory(parent=index, title="Stad Gent", slug="stad-gent")
    leuven = OrganisationPageFactory(parent=index, title="Stad Leuven", slug="stad-leuven")
    offer_gent = OfferPageFactory.build(
        title="Praattafel Gent",
        slug="praattafel-gent",
        title_uk="Розмовний клуб Гент",
        summary="Elke dinsdag samen Nederlands praten.",
        postcode="9000",
        start_date=timezone.localdate() - dt.timedelta(days=7),
    )
    offer_gent.weekly_slots = [OfferWeeklySlot(weekday=1, start=dt.time(19), end=dt.time(21))]
    gent.add_child(instance=offer_gent)
    offer_gent.save_revision().publish()
    offer_leuven = OfferPageFactory(
        parent=leuven, title="Taalcafé Leuven", slug="taalcafe-leuven", postcode="3000"
    )
    return {
        "index": index,
        "gent": gent,
        "leuven": leuven,
        "offer_gent": offer_gent,
        "offer_leuven": offer_leuven,
    }


@pytest.fixture(autouse=True)
def command_output_in_english(request):
    """Import and export tests read output in English, the language of the msgids: export_offers
    and offers_import speak the active language (import_offers takes --language)."""
    if request.module.__name__.rsplit(".", 1)[-1] in ("test_importing", "test_exporting"):
        with translation.override("en"):
            yield
    else:
        yield
