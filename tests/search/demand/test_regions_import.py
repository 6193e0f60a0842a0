"""Reference regions from the shipped table; target-group figures imported with errors per line."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from portal.models import AuditEvent, Municipality, ReferenceRegion, TargetGroupFigure
from portal.regions import import_target_groups

pytestmark = pytest.mark.django_db

GOOD_AND_BAD = (
    "municipality,group,date,count\n"
    "44021,civic_integration,2025-12-31,1200\n"  # line 2: Gent by NIS code
    "Merelbeke-Melle,participation,2025-12-31,80\n"  # line 3: a 2025 merger, by name
    "Atlantis,civic_integration,2025-12-31,5\n"  # line 4: unknown place
    "Genk,everyone,31/12/2025,-3\n"  # line 5: three problems
    "Leuven,newcomers,2025-12-31\n"  # line 6: a cell missing
)


def test_every_municipality_is_in_exactly_one_reference_region(places):
    assert ReferenceRegion.objects.count() == 16  # fifteen Flemish regions and Brussels
    through = ReferenceRegion.municipalities.through.objects
    assert through.count() == Municipality.objects.count() == 304
    assert through.values("municipality_id").distinct().count() == 304
    merged = Municipality.objects.get(nis="44088")  # Merelbeke-Melle, merged in 2025
    assert merged.reference_regions.get().code == "gent"
    assert Municipality.objects.get(name_nl="Genk").reference_regions.get().code == "limburg"


def test_the_import_reports_every_bad_line_and_saves_the_good_ones(places):
    report = import_target_groups(GOOD_AND_BAD, dry_run=False)
    assert (report.lines, report.created, report.rejected) == (5, 2, 3)
    problems = {(r.line, r.field, r.code) for r in report.rejections}
    assert problems == {
        (4, "municipality", "unknown_municipality"),
        (5, "group", "invalid_group"),
        (5, "date", "invalid_date"),
        (5, "count", "invalid_count"),
        (6, "count", "required"),
    }
    assert TargetGroupFigure.objects.get(municipality_id="44021").count == 1200
    again = import_target_groups(GOOD_AND_BAD.replace(",1200", ",1250"), dry_run=False)
    assert (again.updated, again.unchanged) == (1, 1)


def test_a_dry_run_saves_nothing(places):
    report = import_target_groups(GOOD_AND_BAD, dry_run=True)
    assert report.created == 2 and not TargetGroupFigure.objects.exists()


def test_the_command_exits_1_and_names_the_lines(places, tmp_path):
    path = tmp_path / "figures.csv"
    path.write_text(GOOD_AND_BAD, encoding="utf-8")
    out = io.StringIO()
    with pytest.raises(CommandError) as raised:
        call_command("import_target_groups", str(path), "--language", "en", stdout=out)
    assert raised.value.returncode == 1
    assert "line 4: municipality:" in out.getvalue()
    assert TargetGroupFigure.objects.count() == 2


def test_editors_upload_the_csv_in_the_admin_and_see_errors_per_line(client, places):
    admin = get_user_model().objects.create_superuser("admin", "admin@example.org", "x" * 16)
    client.force_login(admin)
    upload = SimpleUploadedFile("figures.csv", GOOD_AND_BAD.encode(), content_type="text/csv")
    response = client.post(reverse("portal_target_groups:upload"), {"file": upload})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<td>4</td><td>municipality</td>" in html
    assert TargetGroupFigure.objects.count() == 2
    assert AuditEvent.objects.filter(action="portal.target_groups_imported").exists()


def test_a_file_that_is_not_utf8_is_refused_with_a_message(client, places):
    admin = get_user_model().objects.create_superuser("admin", "admin@example.org", "x" * 16)
    client.force_login(admin)
    upload = SimpleUploadedFile("figures.csv", "Liège;ç".encode("latin-1"))
    response = client.post(reverse("portal_target_groups:upload"), {"file": upload})
    assert "UTF-8" in response.content.decode()
    assert not TargetGroupFigure.objects.exists()


def test_only_those_with_the_permission_may_upload(client, places):
    user = get_user_model().objects.create_user("editor", "editor@example.org", "x" * 16)
    client.force_login(user)
    assert client.get(reverse("portal_target_groups:upload")).status_code in (302, 403)
