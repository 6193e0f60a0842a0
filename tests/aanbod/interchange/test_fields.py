"""The field map is the one place an offer field is mapped: one entry reaches every use of it."""

import dataclasses
import datetime as dt

import pytest

from aanbod.interchange.exporting import offer_to_interchange
from aanbod.interchange.fields import OFFER_FIELDS, TERMS, FieldMap, iso, model_errors
from aanbod.interchange.format import validate_offer
from aanbod.interchange.importing import MODEL_ERRORS, offers_import
from aanbod.interchange.records import OfferRecord
from aanbod.interchange.values import offer_apply, offer_values, offers_current_values
from aanbod.models import OfferPage
from aanbod.selectors import PlaceIndex
from tests.aanbod.import_lines import home_page, lines, offer

pytestmark = pytest.mark.django_db

CHECKED = dt.date(2026, 3, 1)


@dataclasses.dataclass(frozen=True)
class CheckedRecord(OfferRecord):
    """A record of a format that also says when the partner last checked the offer."""

    last_checked: dt.date | None = None


# A test-only entry for a model column the real map leaves out (last_checked is editorial).
EXTRA = FieldMap("last_checked", "last_checked", from_model=iso, error="invalid_date")
FIELDS = (*OFFER_FIELDS, EXTRA)


def test_the_real_map_maps_the_model_errors_the_import_reports():
    assert MODEL_ERRORS == {
        "contact_email": ("contact.email", "invalid_email"),
        "contact_url": ("contact.url", "invalid_url"),
        "registration_url": ("registration.url", "invalid_url"),
        "cost_amount": ("cost.amount_eur", "required"),
        "postcode": ("location.postcode", "invalid_postcode"),
    }


def test_one_extra_entry_reaches_comparison_apply_export_and_errors(places):
    home_page()
    data = offer("a")
    assert offers_import(lines(data), dry_run=False).created == 1
    places_index = PlaceIndex()
    record, errors = validate_offer(data, resolve_postcode=places_index.point)
    assert errors == []
    fields = {field.name: getattr(record, field.name) for field in dataclasses.fields(record)}
    checked = CheckedRecord(**fields, last_checked=CHECKED)
    page = OfferPage.objects.get(external_id="a")
    before = offer_to_interchange(page)

    wanted = offer_values(checked, places_index, FIELDS)
    assert wanted == {**offer_values(record, places_index), "last_checked": CHECKED}
    [(_row, current)] = offers_current_values([OfferPage.objects.filter(pk=page.pk)], FIELDS)
    assert current["last_checked"] != CHECKED  # the comparison sees the new field differ

    terms = {
        field.column: [
            OfferPage._meta.get_field(field.column).related_model.objects.get(**{field.key: key})
            for key in sorted(wanted[field.column])
        ]
        for field in FIELDS
        if field.kind == TERMS
    }
    offer_apply(page, wanted, terms, FIELDS)
    page.save()

    [(_row, current)] = offers_current_values([OfferPage.objects.filter(pk=page.pk)], FIELDS)
    assert {**current, "organisation": wanted["organisation"]} == wanted
    exported = offer_to_interchange(OfferPage.objects.get(pk=page.pk), FIELDS)
    assert exported == {**before, "last_checked": "2026-03-01"}
    assert list(exported)[-1] == "last_checked"  # in map order, after the real fields
    assert model_errors(FIELDS)["last_checked"] == ("last_checked", "invalid_date")
