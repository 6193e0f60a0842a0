"""Property tests of import validation and schedule parsing: whatever a partner file holds,
each line ends as a record or as errors that name a field and say how to fix it, and nothing
else is raised; a 100,000-line file with errors is read in bounded memory."""

import copy
import io
import tracemalloc
from datetime import date, time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aanbod.interchange.format import MAX_LINE_BYTES, parse_line
from aanbod.schedule import ScheduleError, parse_date, parse_time, validate_weekday
from portal.importing import MAX_KEPT_REJECTIONS, ImportReport, OversizedLine, lines_from_stream
from tests.aanbod.interchange.test_format_lines import dumps
from tests.aanbod.offers import FakeResolver, full_offer, minimal_offer
from tests.hypothesis_profiles import examples

RESOLVER = FakeResolver()
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=50),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=12,
)
FIELDS = sorted(full_offer())


def _assert_outcome(record, errors):
    assert (record is None) == bool(errors) or (record is None and errors == [])
    for error in errors:
        assert isinstance(error.field, str) and error.code, error
        assert len(error.message) > 10, error  # says what is wrong and how to fix it


@settings(max_examples=examples(300), suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_give_a_record_or_errors(raw):
    _assert_outcome(*parse_line(raw, 1, resolve_postcode=RESOLVER))


@settings(max_examples=examples(300), suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.text(max_size=400))
def test_any_text_gives_a_record_or_errors(text):
    _assert_outcome(*parse_line(text, 1, resolve_postcode=RESOLVER))


@settings(max_examples=examples(400), suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(field=st.sampled_from(FIELDS), value=JSON_VALUES)
def test_one_wrong_field_is_named_in_the_errors(field, value):
    offer = copy.deepcopy(full_offer())
    offer[field] = value
    record, errors = parse_line(dumps(offer), 3, resolve_postcode=RESOLVER)
    _assert_outcome(record, errors)
    # An error elsewhere would mean one bad field spoils the report of the good ones.
    for error in errors:
        assert error.field.split(".")[0].split("[")[0] in ("", field), (field, error)
        assert error.line == 3


@settings(max_examples=examples(200), deadline=None)
@given(
    lines=st.lists(
        st.binary(max_size=60).map(lambda b: b.replace(b"\n", b"").replace(b"\r", b"")),
        max_size=20,
    ),
    windows=st.booleans(),
)
def test_lines_come_back_as_written(lines, windows):
    end = b"\r\n" if windows else b"\n"
    stream = io.BytesIO(b"".join(line + end for line in lines))
    assert list(lines_from_stream(stream, MAX_LINE_BYTES, chunk=7)) == lines


@settings(max_examples=examples(300), deadline=None)
@given(JSON_VALUES | st.text(max_size=30))
def test_schedule_values_parse_or_say_why(value):
    for parse, kind in ((parse_time, time), (parse_date, date), (validate_weekday, int)):
        try:
            parsed = parse(value)
        except ScheduleError as error:
            assert str(error), value
        else:
            assert isinstance(parsed, kind)


def test_a_100k_line_file_with_errors_in_bounded_memory():
    """Every tenth line is broken in a different way, one line is oversized; the report keeps
    at most MAX_KEPT_REJECTIONS rejections and counts the rest."""
    good = dumps(minimal_offer()).encode()
    broken = [
        good[: len(good) // 2],  # truncated JSON
        good.replace(b'"', b"'", 4),  # not JSON
        dumps({**minimal_offer(), "title": {"nl": "Caf\xe9"}}).encode("latin-1"),
        b"\xff\xfe" + good,  # a byte-order mark of another encoding
        dumps({**minimal_offer(), "format": 12, "free": "yes", "title": 5}).encode(),  # 3 errors,
    ]

    def big_file():
        for number in range(100_000):
            if number == 50_000:
                yield b"x" * (MAX_LINE_BYTES + 5) + b"\n"
            elif number % 10 == 0:
                yield broken[(number // 10) % len(broken)] + b"\n"
            else:
                yield good + b"\n"

    class Stream(io.RawIOBase):
        """The file, produced as it is read, so the test itself holds none of it."""

        def __init__(self):
            self.parts = big_file()
            self.buffer = b""

        def readable(self):
            return True

        def readinto(self, target):
            while len(self.buffer) < len(target):
                part = next(self.parts, None)
                if part is None:
                    break
                self.buffer += part
            size = min(len(target), len(self.buffer))
            target[:size] = self.buffer[:size]
            self.buffer = self.buffer[size:]
            return size

    report = ImportReport(dry_run=True)
    tracemalloc.start()
    for number, line in enumerate(
        lines_from_stream(io.BufferedReader(Stream()), MAX_LINE_BYTES), start=1
    ):
        report.lines += 1
        if isinstance(line, OversizedLine):
            report.rejected += 1
            continue
        _record, errors = parse_line(line, number, resolve_postcode=RESOLVER)
        if errors:
            report.reject(number, [(e.field, e.code, e.message) for e in errors])
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert report.lines == 100_000
    assert report.rejected == 10_000  # line 50,000 is the oversized one
    # 9,999 broken lines, a fifth of them with three errors: more than the report keeps.
    assert len(report.rejections) == MAX_KEPT_REJECTIONS
    assert report.rejections_not_kept >= 9_999 + 2 * 1_999 - MAX_KEPT_REJECTIONS
    assert peak < 64 * 1024 * 1024, f"peak {peak / 1e6:.0f} MB"
