"""Tests for interchange.importing and `manage.py import_offers`: upserts, reports, dry runs."""

import io

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import PageLogEntry, Revision

from aanbod.interchange.format import MAX_LINE_BYTES
from aanbod.interchange.importing import offers_import
from aanbod.interchange.messages import FIELD_SUBJECT, LINE_SUBJECT, MESSAGES, TYPE_WORDS
from aanbod.models import OfferIndexPage, OfferPage, OrganisationPage, TargetGroup, Theme
from portal.importing import OversizedLine, lines_from_stream
from tests.aanbod.import_lines import dumps, home_page, lines, offer, triples
from tests.aanbod.offers import with_value

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(places):
    """Just a home page: faster than demo_site, and all the importer needs."""
    return home_page()


def counts():
    return {
        "offers": OfferPage.objects.count(),
        "organisations": OrganisationPage.objects.count(),
        "indexes": OfferIndexPage.objects.count(),
        "themes": Theme.objects.count(),
        "revisions": Revision.objects.count(),
        "logs": PageLogEntry.objects.count(),
    }


def test_import_creates_published_offers_and_second_run_changes_nothing(demo_site, places, client):
    no_coordinates = offer("b", full=False, format="blended")
    no_coordinates["location"] = {
        "name": "Stadhuis",
        "street": "Grote Markt 9",
        "postcode": "2000",
        "municipality": "Antwerpen",
    }
    batch = lines(offer("a"), no_coordinates, offer("c", full=False))

    first = offers_import(batch, dry_run=False)

    assert (first.created, first.updated, first.unchanged, first.rejected) == (3, 0, 0, 0)
    index = OfferIndexPage.objects.get()
    assert index.get_parent().specific == demo_site
    full = OfferPage.objects.get(source="bibliotheek-gent", external_id="a")
    assert full.live is True and full.has_unpublished_changes is False
    assert full.live_revision_id == full.latest_revision_id is not None
    assert full.title_nl == "Praattafel Nederlands" and full.title_ar == "طاولة محادثة"
    assert full.description_fr == "Chaque mercredi." and full.cost_note_nl == "Korting met UiTPAS."
    assert full.slug.startswith("praattafel-nederlands-")
    assert (full.latitude, full.longitude, full.municipality.name_nl) == (51.0479, 3.7275, "Gent")
    assert sorted(full.themes.values_list("slug", flat=True)) == ["dutch-practice", "library"]
    assert list(full.dutch_levels.values_list("code", flat=True)) == ["A2", "B1"]
    assert [(s.weekday, s.start.hour) for s in full.weekly_slots.all()] == [(2, 18)]
    assert full.support_language_codes == ["en", "fr", "ar"]
    assert full.organisation.title_nl == "Bibliotheek Gent"
    assert full.organisation.kind == "local_authority"
    assert full.get_parent().specific == full.organisation
    placed = OfferPage.objects.get(external_id="b")
    assert placed.municipality.name_nl == "Antwerpen" and placed.latitude is not None
    assert list(PageLogEntry.objects.filter(page=full).values_list("action", flat=True)) == [
        "wagtail.publish",
        "wagtail.create",
    ]
    assert client.get(full.url).status_code == 200
    before = counts()

    second = offers_import(batch, dry_run=False)

    assert (second.created, second.updated, second.unchanged, second.rejected) == (0, 0, 3, 0)
    assert counts() == before


def test_bad_lines_are_skipped_and_reported_by_line_field_and_code(catalogue):
    latin1 = dumps(offer("latin", full=False, title={"nl": "Café"})).encode("latin-1")
    unresolvable = offer("postcode")
    del unresolvable["location"]["lat"], unresolvable["location"]["lon"]
    unresolvable["location"]["postcode"] = "9999"
    batch = [
        dumps(offer("good-1")),
        dumps(offer("cut"))[:80],
        dumps(offer("unknown", colour="red")),
        dumps(offer("enum", offer_type="cooking")),
        "",
        dumps(offer("date", valid_until="2027-02-29")),
        dumps(unresolvable),
        dumps(offer("type", childcare="yes")),
        latin1,
        dumps(with_value(offer("paid"), "cost", {"free": False})),
        dumps(offer("good-2", full=False)),
    ]

    report = offers_import(batch, dry_run=False)

    assert triples(report) == [
        (2, "", "truncated_json"),
        (3, "colour", "unknown_field"),
        (4, "offer_type", "invalid_choice"),
        (6, "valid_until", "invalid_date"),
        (7, "location.postcode", "postcode_not_found"),
        (8, "childcare", "type"),
        (9, "", "bad_encoding"),
        (10, "cost.amount_eur", "amount_missing"),
    ]
    assert all(rejection.message for rejection in report.rejections)
    assert (report.lines, report.created, report.rejected) == (11, 2, 8)
    assert set(OfferPage.objects.values_list("external_id", flat=True)) == {"good-1", "good-2"}


def test_dry_run_validates_and_classifies_but_writes_nothing(catalogue):
    offers_import(lines(offer("a")), dry_run=False)
    before = counts()
    changed = offer("a", themes=["brand-new"])

    report = offers_import(lines(changed, offer("b"), offer("c", format="teleport")), dry_run=True)

    assert (report.created, report.updated, report.unchanged, report.rejected) == (1, 1, 0, 1)
    assert triples(report) == [(3, "format", "invalid_choice")]
    assert counts() == before
    assert not Theme.objects.filter(slug="brand-new").exists()


def test_dry_run_on_an_empty_site_creates_no_pages(catalogue):
    report = offers_import(lines(offer("a")), dry_run=True)

    assert report.created == 1
    assert not OfferIndexPage.objects.exists() and not OfferPage.objects.exists()


def test_a_changed_line_updates_the_offer_with_a_new_published_revision(catalogue):
    offers_import(lines(offer("a")), dry_run=False)
    original = OfferPage.objects.get(external_id="a")
    old_revision = original.live_revision_id
    changed = offer(
        "a",
        title={"nl": "Praattafel voor beginners"},
        themes=["dutch-practice"],
        valid_until="2099-06-30",
        organisation={"name": "Stad Gent", "kind": "local_authority"},
    )
    with_value(changed, "schedule.weekly[0].start", "18:00")

    report = offers_import(lines(changed), dry_run=False)

    assert (report.created, report.updated, report.unchanged) == (0, 1, 0)
    updated = OfferPage.objects.get(pk=original.pk)
    assert updated.title_nl == "Praattafel voor beginners"
    assert updated.title_en is None  # a language left out of the line is cleared
    assert updated.slug == original.slug  # shared links keep working
    assert str(updated.valid_until) == "2099-06-30"
    assert list(updated.themes.values_list("slug", flat=True)) == ["dutch-practice"]
    assert [s.start.hour for s in updated.weekly_slots.all()] == [18]
    assert updated.organisation.title_nl == "Stad Gent"
    assert updated.get_parent().specific == updated.organisation
    assert updated.live_revision_id == updated.latest_revision_id != old_revision
    assert Revision.objects.filter(object_id=str(updated.pk)).count() == 2
    assert updated.live_revision.as_object().title_nl == "Praattafel voor beginners"
    actions = set(PageLogEntry.objects.filter(page=updated).values_list("action", flat=True))
    assert {"wagtail.publish", "wagtail.rename"} <= actions


def test_unknown_themes_and_target_groups_become_terms(catalogue):
    Theme.objects.create(slug="library", name_nl="Bibliotheek")

    offers_import(
        lines(offer("a", themes=["library", "board-games"], target_groups=["seniors"])),
        dry_run=False,
    )

    assert Theme.objects.get(slug="board-games").name_nl == "board-games"
    assert Theme.objects.get(slug="library").name_nl == "Bibliotheek"
    assert TargetGroup.objects.get(slug="seniors").name_nl == "seniors"


def test_organisations_match_by_dutch_name_ignoring_case(catalogue):
    first = offer("a", organisation={"name": "Atlas Antwerpen", "kind": "agency"})
    second = offer("b", organisation={"name": "ATLAS antwerpen", "kind": "organisation"})

    offers_import(lines(first, second), dry_run=False)

    organisation = OrganisationPage.objects.get()
    assert organisation.kind == "agency"
    assert organisation.get_children().count() == 2


def test_admin_offer_is_found_again_by_its_page_id(catalogue):
    offers_import(lines(offer("a")), dry_run=False)
    made_in_admin = OfferPage.objects.get()
    OfferPage.objects.filter(pk=made_in_admin.pk).update(source="wegwijs", external_id="")
    line = offer(str(made_in_admin.pk), source="wegwijs")

    report = offers_import(lines(line), dry_run=False)

    assert (report.created, report.unchanged) == (0, 1)


def test_lines_from_stream_skips_an_oversized_line_without_keeping_it():
    huge = b"x" * (MAX_LINE_BYTES + 10)
    stream = io.BytesIO(b'{"a": 1}\r\n' + huge + b"\n" + b"last")

    assert list(lines_from_stream(stream, MAX_LINE_BYTES, chunk=1000)) == [
        b'{"a": 1}',
        OversizedLine(MAX_LINE_BYTES + 10),
        b"last",
    ]


def test_an_oversized_line_is_reported(catalogue):
    report = offers_import([OversizedLine(2_000_000)], dry_run=True)

    assert triples(report) == [(1, "", "line_too_long")]


def test_command_imports_a_file_and_reports_rejections(catalogue, tmp_path):
    path = tmp_path / "offers.jsonl"
    path.write_text(dumps(offer("a")) + "\n" + dumps(offer("b", format="x")) + "\n")
    out = io.StringIO()

    with pytest.raises(CommandError) as raised:
        call_command(
            "import_offers", str(path), "--language", "en", stdout=out, stderr=io.StringIO()
        )

    assert raised.value.returncode == 1
    assert "line 2: format: " in out.getvalue()
    assert "(invalid_choice)" in out.getvalue()
    assert "1 created, 0 updated, 0 unchanged, 1 rejected" in out.getvalue()
    assert OfferPage.objects.count() == 1


def test_command_reads_standard_input(catalogue, monkeypatch):
    stdin = io.TextIOWrapper(io.BytesIO(dumps(offer("a")).encode()))
    monkeypatch.setattr("sys.stdin", stdin)
    out = io.StringIO()

    call_command("import_offers", "-", "--dry-run", "--language", "en", stdout=out)

    assert "Dry run" in out.getvalue()
    assert "1 created" in out.getvalue()
    assert not OfferPage.objects.exists()


def test_command_names_a_missing_file(tmp_path):
    missing = tmp_path / "nope.jsonl"

    with pytest.raises(CommandError) as raised:
        call_command("import_offers", str(missing))

    assert raised.value.returncode == 2
    assert str(missing) in str(raised.value)
    assert '"-"' in str(raised.value)


def _command(path, *args) -> tuple[int, str]:
    out = io.StringIO()
    try:
        call_command("import_offers", str(path), *args, stdout=out, stderr=io.StringIO())
    except CommandError as error:
        return error.returncode, out.getvalue()
    return 0, out.getvalue()


def test_command_reports_in_dutch_by_default(catalogue, tmp_path):
    path = tmp_path / "offers.jsonl"
    path.write_text(dumps(offer("a")) + "\n" + dumps(offer("b", format="x")) + "\n")

    code, out = _command(path)

    assert code == 1
    assert (
        'regel 2: format: Het veld "format" heeft de waarde "x". Gebruik een van deze waarden: '
        "in_person, online, blended. (invalid_choice)"
    ) in out
    assert "Samenvatting: 2 regels: 1 nieuw, 0 bijgewerkt, 0 ongewijzigd, 1 geweigerd." in out


def test_command_reports_in_english_with_language_en(catalogue, tmp_path):
    path = tmp_path / "offers.jsonl"
    path.write_text(dumps(offer("a")) + "\n" + dumps(offer("b", format="x")) + "\n")

    code, out = _command(path, "--dry-run", "--language", "en")

    assert code == 1
    assert (
        'line 2: format: The field "format" has the value "x". Use one of these values: '
        "in_person, online, blended. (invalid_choice)"
    ) in out
    assert "Dry run: nothing was saved." in out
    assert "Summary: 2 lines: 1 created, 0 updated, 0 unchanged, 1 rejected." in out


@pytest.mark.parametrize("language", ["nl", "en"])
def test_command_exit_codes(catalogue, tmp_path, language):
    good, bad = tmp_path / "good.jsonl", tmp_path / "bad.jsonl"
    good.write_text(dumps(offer("a")) + "\n")
    bad.write_text(dumps(offer("b")) + "\n{\n")

    assert _command(good, "--language", language)[0] == 0
    assert _command(bad, "--language", language)[0] == 1
    assert _command(tmp_path / "missing.jsonl", "--language", language)[0] == 2


def test_command_exits_2_without_a_site_to_put_offers_under(db, tmp_path):
    path = tmp_path / "offers.jsonl"
    path.write_text(dumps(offer("a")) + "\n")

    assert _command(path)[0] == 2


def test_imported_offers_are_searchable_and_in_the_reference_index(catalogue):
    from wagtail.models import ReferenceIndex

    report = offers_import(lines(offer("a"), offer("b", full=False)), dry_run=False)
    assert report.created == 2
    imported = OfferPage.objects.get(source="bibliotheek-gent", external_id="a")
    # Indexed in bulk after the batch, not on each save: both indexes still see every offer.
    found = OfferPage.objects.live().search("Praattafel")
    assert imported.pk in {page.pk for page in found}
    assert ReferenceIndex.objects.filter(
        base_content_type__model="page", object_id=str(imported.pk)
    ).exists()


def test_new_offers_are_created_in_bulk_with_what_wagtail_writes(catalogue):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    offers_import(lines(offer("warm-up")), dry_run=False)  # organisation, terms, caches
    with CaptureQueriesContext(connection) as queries:
        report = offers_import(lines(*(offer(f"n{i}") for i in range(20))), dry_run=False)
    assert report.created == 20
    # No query storm: a fixed part per batch plus the reference index (2 per offer). (The
    # engine's outbox, search_pendingindexupdate, still takes a row per offer.)
    own = [q for q in queries if "aanbod_" in q["sql"] or "wagtailcore_" in q["sql"]]
    assert len(own) <= 30 + 20 * 2  # was about 44 per offer when each offer was saved alone
    created = OfferPage.objects.filter(external_id__startswith="n")
    organisation = OrganisationPage.objects.get()
    assert organisation.numchild == 21 == organisation.get_children().count()
    for page in created:
        assert page.live and page.live_revision_id == page.latest_revision_id
        assert page.url_path == f"{organisation.url_path}{page.slug}/"
        assert page.weekly_slots.count() == 1 and page.themes.count() == 2
        actions = PageLogEntry.objects.filter(page=page).values_list("action", flat=True)
        assert sorted(actions) == ["wagtail.create", "wagtail.publish"]
    assert OfferPage.objects.live().search("Praattafel").count() == 21
    from wagtail.models import Page

    assert all(not problem for problem in Page.find_problems())  # treebeard's own tree check


def test_when_the_database_refuses_a_bulk_create_each_offer_is_saved_on_its_own(catalogue):
    """A real refusal (a PostgreSQL trigger): only that line is rejected, the others land."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "CREATE FUNCTION refuse_page() RETURNS trigger AS $$ BEGIN "
            "IF NEW.slug LIKE 'geweigerd%' THEN RAISE EXCEPTION 'refused by test'; END IF; "
            "RETURN NEW; END $$ LANGUAGE plpgsql"
        )
        cursor.execute(
            "CREATE TRIGGER refuse_page BEFORE INSERT ON wagtailcore_page "
            "FOR EACH ROW EXECUTE FUNCTION refuse_page()"
        )
    refused = offer("bad", title={"nl": "Geweigerd aanbod"})
    report = offers_import(lines(offer("good-1"), refused, offer("good-2")), dry_run=False)
    assert (report.created, report.rejected) == (2, 1)
    assert report.rejections[0].line == 2
    assert set(OfferPage.objects.values_list("external_id", flat=True)) == {"good-1", "good-2"}


@pytest.mark.parametrize("language", ["nl", "fr", "uk", "ru", "ar"])
def test_every_line_error_template_is_translated(language):
    templates = [*MESSAGES.values(), FIELD_SUBJECT, LINE_SUBJECT]
    templates += [word for word in TYPE_WORDS.values() if word != "null"]
    with translation.override(language):
        untranslated = [template for template in templates if gettext(template) == template]
    assert untranslated == []
