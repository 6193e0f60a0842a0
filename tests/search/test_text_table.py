# ruff: noqa: F811 (pytest fixtures come from tests.aanbod.conftest)
"""The database search's text table follows the offers: publish writes, deletion removes, an
upgrade fills it after migrate, and typos are corrected towards the words it holds."""

import pytest
from django.utils import translation

from aanbod.factories import OfferPageFactory
from search import signals
from search.offers import text_table
from tests.aanbod.conftest import offer_tree, offer_tree_snapshot  # noqa: F401 (fixtures)

pytestmark = pytest.mark.django_db

COLUMNS = ["nl", "en", "uk", "place"]


def _found(*groups):
    return text_table.matching_ids(list(groups), COLUMNS, every=True)


def test_publishing_writes_the_offer_and_its_words(offer_tree):
    offer = offer_tree["offer_gent"]
    assert offer.pk in _found(("praattafel",), ("gent",))
    assert offer.pk in _found(("розмовнии клуб",))  # folded: й -> и, as the query is
    assert offer.pk in _found(("9000",))
    assert offer.pk not in _found(("praattafel",), ("leuven",))
    assert text_table.corrections("praatafel genr") == {
        "praatafel": ("praattafel",),
        "genr": ("gent",),
    }


def test_a_new_title_replaces_the_old_words(offer_tree):
    offer = offer_tree["offer_gent"]
    with translation.override("nl"):
        offer.title = "Wandelclub Gent"
        offer.save_revision().publish()
    assert offer.pk in _found(("wandelclub",))
    assert offer.pk not in _found(("praattafel",))


def test_deleting_an_offer_removes_its_row(offer_tree):
    offer = offer_tree["offer_leuven"]
    assert offer.pk in _found(("taalcafe",))
    offer.delete()
    assert _found(("taalcafe",)) == []


def test_offers_from_before_the_table_are_written_after_migrate(offer_tree):
    text_table.clear()
    assert text_table.is_empty()
    signals.on_migrated(sender=None)
    assert offer_tree["offer_gent"].pk in _found(("praattafel",))
    # Nothing is written twice when the table holds rows already.
    signals.on_migrated(sender=None)
    assert _found(("praattafel",)) == [offer_tree["offer_gent"].pk]


def test_a_new_offer_from_the_factory_is_found_at_once(offer_tree):
    offer = OfferPageFactory(parent=offer_tree["gent"], title="Samen koken in Gent")
    assert offer.pk in _found(("koken",), ("gent",))
    assert text_table.corrections("koekn") == {"koekn": ("koken",)}
