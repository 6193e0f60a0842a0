"""Tests for `manage.py export_offers` and exporting.offers_export: JSON Lines out."""

import datetime as dt
import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.models import Revision

from aanbod.factories import OfferPageFactory
from aanbod.interchange.exporting import offers_export
from aanbod.interchange.importing import offers_import
from aanbod.models import OfferPage, OrganisationPage
from tests.aanbod.import_lines import home_page, lines, offer

pytestmark = pytest.mark.django_db


@pytest.fixture
def imported(places):
    home_page()
    no_coordinates = offer("b", full=False, format="in_person")
    no_coordinates["location"] = {
        "name": "Bib",
        "street": "Kerkstraat 1",
        "postcode": "1000",
        "municipality": "Bruxelles",
    }
    report = offers_import(
        lines(offer("a"), no_coordinates, offer("c", full=False, hours_total=12)), dry_run=False
    )
    assert report.created == 3
    return OfferPage.objects.order_by("pk")


def export(**options) -> list[dict]:
    stream = io.StringIO()
    offers_export(stream, **options)
    return [json.loads(line) for line in stream.getvalue().splitlines()]


def test_export_then_import_changes_nothing(imported, tmp_path):
    organisation = OrganisationPage.objects.get(title_nl="Bibliotheek Gent")
    admin_offer = OfferPageFactory.build(
        title="Taalcafé",
        slug="taalcafe",
        location_name="Buurthuis",
        street="Dorpstraat 2",
        postcode="9000",
        cost_free=False,
        cost_amount=5,
        support_languages="en, ar",
    )
    organisation.add_child(instance=admin_offer)
    admin_offer.save_revision().publish()
    path = tmp_path / "offers.jsonl"
    call_command("export_offers", str(path), stdout=io.StringIO())
    exported = path.read_text(encoding="utf-8").splitlines()
    revisions = Revision.objects.count()

    report = offers_import(exported, dry_run=False)

    assert len(exported) == 4
    assert json.loads(exported[-1])["source"] == "wegwijs"
    assert (report.created, report.updated, report.unchanged, report.rejected) == (0, 0, 4, 0)
    assert Revision.objects.count() == revisions


def test_export_is_the_interchange_format(imported):
    offers = export()

    assert [o["external_id"] for o in offers] == ["a", "b", "c"]
    assert offers[0]["title"]["ar"] == "طاولة محادثة"
    assert offers[1]["location"]["municipality"] == "Brussel"
    assert offers[2]["hours_total"] == 12


def test_modified_since_leaves_out_offers_published_before(imported):
    long_ago = timezone.now() - dt.timedelta(days=30)
    OfferPage.objects.filter(external_id="a").update(last_published_at=long_ago)

    recent = export(modified_since=timezone.now() - dt.timedelta(days=1))
    everything = export(modified_since=long_ago)

    assert [o["external_id"] for o in recent] == ["b", "c"]
    assert [o["external_id"] for o in everything] == ["a", "b", "c"]


def test_expired_and_unpublished_offers_are_left_out_unless_asked(imported):
    yesterday = timezone.localdate() - dt.timedelta(days=1)
    OfferPage.objects.filter(external_id="a").update(valid_until=yesterday)
    OfferPage.objects.filter(external_id="b").update(live=False, expired=True)
    OfferPage.objects.filter(external_id="c").update(live=False)

    assert export() == []
    assert [o["external_id"] for o in export(include_expired=True)] == ["a", "b"]


def test_command_writes_to_standard_output_and_reports_on_standard_error(imported):
    out, err = io.StringIO(), io.StringIO()

    call_command("export_offers", "--modified-since", "2000-01-01", stdout=out, stderr=err)

    assert [json.loads(line)["external_id"] for line in out.getvalue().splitlines()] == [
        "a",
        "b",
        "c",
    ]
    assert "Exported 3 offers" in err.getvalue()


def test_command_rejects_a_bad_moment(db):
    with pytest.raises(CommandError) as raised:
        call_command("export_offers", "--modified-since", "last tuesday")

    assert raised.value.returncode == 2
    assert "last tuesday" in str(raised.value)


def test_command_names_a_folder_it_cannot_write(db, tmp_path):
    target = tmp_path / "missing" / "offers.jsonl"

    with pytest.raises(CommandError) as raised:
        call_command("export_offers", str(target), stdout=io.StringIO())

    assert raised.value.returncode == 2
    assert str(target) in str(raised.value)
