"""portal/importing.py: the line reading, per-line report and rejections every import shares."""

import io

from django.utils import translation

from portal.importing import ImportReport, OversizedLine, Rejection, lines_from_stream


def test_lines_are_read_without_their_ends_and_a_long_line_is_skipped_unread():
    stream = io.BytesIO(b"short\r\n" + b"x" * 25 + b"\nlast")

    assert list(lines_from_stream(stream, 10, chunk=4)) == [b"short", OversizedLine(25), b"last"]


def test_a_rejection_reads_in_the_active_language():
    rejection = Rejection(3, "", "invalid_json", "…")

    with translation.override("en"):
        assert str(rejection) == "line 3: -: … (invalid_json)"
    with translation.override("nl"):
        assert str(rejection) == "regel 3: -: … (invalid_json)"


def test_the_report_counts_lines_and_passes_each_problem_on():
    report, seen = ImportReport(dry_run=True), []

    report.reject(
        2, [("a", "required", "A is missing."), ("b", "type", "B is no number.")], seen.append
    )

    assert report.rejected == 1
    assert [str(r) for r in seen] == [str(r) for r in report.rejections]
    assert [(r.line, r.field, r.code) for r in report.rejections] == [
        (2, "a", "required"),
        (2, "b", "type"),
    ]
