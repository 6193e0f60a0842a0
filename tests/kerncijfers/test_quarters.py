"""Quarters: parsing, first and last day, the latest complete quarter and the ones offered."""

from datetime import date

import pytest

from kerncijfers import quarters
from kerncijfers.quarters import Quarter


@pytest.mark.parametrize(
    ("code", "first", "last"),
    [
        ("2026-Q1", date(2026, 1, 1), date(2026, 3, 31)),
        ("2026-Q2", date(2026, 4, 1), date(2026, 6, 30)),
        ("2026-Q3", date(2026, 7, 1), date(2026, 9, 30)),
        ("2026-Q4", date(2026, 10, 1), date(2026, 12, 31)),
        ("2024-Q1", date(2024, 1, 1), date(2024, 3, 31)),  # a leap year changes nothing here
    ],
)
def test_a_quarter_runs_from_its_first_to_its_last_day(code, first, last):
    quarter = Quarter.parse(code)
    assert (quarter.first_day, quarter.last_day) == (first, last)
    assert quarter.code == code
    assert Quarter.of(first) == Quarter.of(last) == quarter
    assert Quarter.of(last.replace(day=1)) == quarter
    assert quarter.next().first_day == date.fromordinal(last.toordinal() + 1)


@pytest.mark.parametrize("text", ["", "2026", "2026-Q5", "2026-Q0", "26-Q1", "0000-Q1", "x"])
def test_anything_else_is_no_quarter(text):
    assert Quarter.parse(text) is None


def test_lower_case_and_spaces_are_understood():
    assert Quarter.parse(" 2026-q3 ") == Quarter(2026, 3)


@pytest.mark.parametrize(
    ("today", "latest"),
    [
        (date(2026, 12, 8), "2026-Q3"),
        (date(2026, 10, 1), "2026-Q3"),  # the first day of a quarter: the one before is complete
        (date(2026, 9, 30), "2026-Q2"),  # the last day: this quarter is not complete yet
        (date(2026, 1, 15), "2025-Q4"),
    ],
)
def test_the_latest_complete_quarter(today, latest):
    assert quarters.latest_complete(today).code == latest


def test_offered_quarters_are_the_running_one_then_two_years_newest_first():
    offered = [quarter.code for quarter in quarters.offered(date(2026, 2, 1))]
    assert offered[:3] == ["2026-Q1", "2025-Q4", "2025-Q3"]
    assert len(offered) == 1 + quarters.COMPLETE_QUARTERS
    assert offered[-1] == "2024-Q1"
