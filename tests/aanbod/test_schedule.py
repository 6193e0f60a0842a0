"""Tests for aanbod.schedule: parsing, validation, next occurrences and search facets."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from aanbod.schedule import (
    HORIZON_DAYS,
    Occurrence,
    Schedule,
    ScheduleError,
    WeeklySlot,
    day_parts,
    next_occurrences,
    parse_date,
    parse_time,
    validate_weekday,
    weekdays,
)

BRUSSELS = ZoneInfo("Europe/Brussels")
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


def slot(weekday: int, start: str, end: str) -> WeeklySlot:
    return WeeklySlot(weekday, parse_time(start), parse_time(end))


def starts(occurrences: list[Occurrence]) -> list:
    return [occurrence.start for occurrence in occurrences]


# -- parse_time, parse_date, validate_weekday -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("00:00", time(0, 0)),
        ("09:30", time(9, 30)),
        ("19:00", time(19, 0)),
        ("23:59", time(23, 59)),
    ],
)
def test_parse_time_accepts_hh_mm(text, expected):
    assert parse_time(text) == expected


@pytest.mark.parametrize(
    "value",
    [
        "24:00",
        "9:30",
        "09:60",
        "0930",
        "09:30:00",
        " 09:30",
        "09:30 ",
        "",
        "ab:cd",
        "09:3",
        "09.30",
        "٠٩:٣٠",  # Arabic-Indic digits
        "１９:００",  # full-width digits
        None,
        930,
        True,
    ],
)
def test_parse_time_rejects_malformed_times(value):
    with pytest.raises(ScheduleError) as raised:
        parse_time(value, "start")
    assert raised.value.field == "start"
    assert raised.value.code == "invalid_time"
    assert "HH:MM" in raised.value.message


@pytest.mark.parametrize("text", ["2026-09-15", "2028-02-29", "2000-02-29", "2026-12-31"])
def test_parse_date_accepts_real_iso_dates(text):
    assert parse_date(text) == date.fromisoformat(text)


@pytest.mark.parametrize(
    "value",
    [
        "2027-02-29",  # not a leap year
        "1900-02-29",  # century, not a leap year
        "2026-13-01",
        "2026-04-31",
        "2026-00-10",
        "20260915",
        "2026-W38-2",
        "2026-9-15",
        "15/09/2026",
        "2026-09-15T10:00",
        "２０２６-０９-１５",
        "",
        None,
        20260915,
    ],
)
def test_parse_date_rejects_malformed_dates(value):
    with pytest.raises(ScheduleError) as raised:
        parse_date(value, "end_date")
    assert (raised.value.field, raised.value.code) == ("end_date", "invalid_date")


@pytest.mark.parametrize("value", [0, 3, 6])
def test_validate_weekday_accepts_0_to_6(value):
    assert validate_weekday(value) == value


@pytest.mark.parametrize("value", [-1, 7, 100, True, False, 1.0, "1", None])
def test_validate_weekday_rejects_others(value):
    with pytest.raises(ScheduleError) as raised:
        validate_weekday(value)
    assert raised.value.code == "out_of_range"
    assert raised.value.params["min"] == 0
    assert raised.value.params["max"] == 6


def test_schedule_error_carries_field_message_code_and_params():
    error = ScheduleError("end", "Too early.", code="end_before_start", params={"start": "10:00"})
    assert isinstance(error, ValueError)
    assert str(error) == "end: Too early."
    assert error.params == {"start": "10:00"}
    assert ScheduleError("x", "y").code == "invalid"


# -- WeeklySlot and Schedule validation --------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end"), [("20:00", "18:30"), ("18:30", "18:30"), ("00:01", "00:00")]
)
def test_slot_end_must_be_after_start(start, end):
    with pytest.raises(ScheduleError) as raised:
        slot(MON, start, end)
    assert (raised.value.field, raised.value.code) == ("end", "end_before_start")
    assert raised.value.params == {"start": start, "end": end}


def test_slot_rejects_weekday_out_of_range():
    with pytest.raises(ScheduleError) as raised:
        WeeklySlot(7, time(10), time(11))
    assert (raised.value.field, raised.value.code) == ("weekday", "out_of_range")


def test_schedule_end_date_must_not_be_before_start_date():
    with pytest.raises(ScheduleError) as raised:
        Schedule(start_date=date(2026, 9, 1), end_date=date(2026, 8, 31))
    assert (raised.value.field, raised.value.code) == ("end_date", "end_date_before_start_date")
    assert raised.value.params == {"start": "2026-09-01", "end": "2026-08-31"}


def test_schedule_allows_a_one_day_range_and_open_ends():
    assert Schedule(start_date=date(2026, 9, 1), end_date=date(2026, 9, 1))
    assert Schedule(start_date=date(2026, 9, 1)).end_date is None
    assert Schedule(end_date=date(2026, 9, 1)).start_date is None


def test_schedule_normalises_order_and_duplicates():
    schedule = Schedule(
        weekly=(
            slot(FRI, "10:00", "11:00"),
            slot(MON, "10:00", "11:00"),
            slot(MON, "10:00", "11:00"),
        ),
        dates=(date(2026, 10, 2), date(2026, 10, 1), date(2026, 10, 2)),
    )
    assert [s.weekday for s in schedule.weekly] == [MON, FRI]
    assert schedule.dates == (date(2026, 10, 1), date(2026, 10, 2))
    assert schedule == Schedule(weekly=tuple(reversed(schedule.weekly)), dates=schedule.dates)


def test_empty_schedule():
    assert Schedule().is_empty is True
    assert Schedule(dates=(date(2026, 1, 1),)).is_empty is False
    assert next_occurrences(Schedule(), after=datetime(2026, 1, 1)) == []
    assert weekdays(Schedule()) == set()
    assert day_parts(Schedule()) == set()


# -- next_occurrences ----------------------------------------------------------------------------

PRAATTAFEL = Schedule(
    start_date=date(2026, 9, 2), end_date=date(2027, 6, 30), weekly=(slot(WED, "18:30", "20:00"),)
)


def test_weekly_occurrences_follow_each_other_by_week():
    found = next_occurrences(PRAATTAFEL, after=datetime(2026, 9, 7, 12, 0))  # a Monday
    assert starts(found) == [datetime(2026, 9, 9 + 7 * n, 18, 30) for n in range(3)] + [
        datetime(2026, 9, 30, 18, 30),
        datetime(2026, 10, 7, 18, 30),
    ]
    assert found[0].end == datetime(2026, 9, 9, 20, 0)
    assert found[0].all_day is False
    assert found[0].day == date(2026, 9, 9)


def test_occurrence_starting_exactly_at_after_counts_but_a_started_one_does_not():
    at_start = datetime(2026, 9, 9, 18, 30)
    assert next_occurrences(PRAATTAFEL, after=at_start, limit=1)[0].start == at_start
    later = next_occurrences(PRAATTAFEL, after=at_start + timedelta(minutes=1), limit=1)
    assert later[0].start == datetime(2026, 9, 16, 18, 30)


def test_weekly_slots_wait_for_start_date():
    found = next_occurrences(PRAATTAFEL, after=datetime(2026, 1, 1), limit=1)
    assert found[0].start == datetime(2026, 9, 2, 18, 30)


def test_weekly_slots_stop_at_end_date_inclusive():
    found = next_occurrences(PRAATTAFEL, after=datetime(2027, 6, 20), limit=10)
    assert starts(found) == [datetime(2027, 6, 23, 18, 30), datetime(2027, 6, 30, 18, 30)]
    assert next_occurrences(PRAATTAFEL, after=datetime(2027, 7, 1)) == []


def test_open_ended_schedule_is_capped_at_the_horizon():
    schedule = Schedule(weekly=(slot(MON, "10:00", "12:00"),))
    after = datetime(2026, 1, 1)
    found = next_occurrences(schedule, after=after, limit=10_000)
    assert 52 <= len(found) <= 53
    assert found[-1].day <= after.date() + timedelta(days=HORIZON_DAYS)


def test_daily_open_ended_schedule_with_large_limit_terminates():
    schedule = Schedule(weekly=tuple(slot(day, "09:00", "10:00") for day in range(7)))
    found = next_occurrences(schedule, after=datetime(2026, 1, 1), limit=10_000)
    assert len(found) == HORIZON_DAYS + 1
    assert found == sorted(found, key=lambda occurrence: occurrence.start)


def test_far_future_start_date_is_still_found():
    schedule = Schedule(start_date=date(2029, 3, 5), weekly=(slot(MON, "10:00", "12:00"),))
    found = next_occurrences(schedule, after=datetime(2026, 1, 1), limit=2)
    assert starts(found) == [datetime(2029, 3, 5, 10), datetime(2029, 3, 12, 10)]


def test_several_slots_are_merged_in_time_order():
    schedule = Schedule(
        weekly=(
            slot(THU, "19:00", "21:00"),
            slot(TUE, "09:00", "11:00"),
            slot(TUE, "13:00", "15:00"),
        )
    )
    found = next_occurrences(schedule, after=datetime(2026, 9, 7), limit=4)
    assert starts(found) == [
        datetime(2026, 9, 8, 9),
        datetime(2026, 9, 8, 13),
        datetime(2026, 9, 10, 19),
        datetime(2026, 9, 15, 9),
    ]


def test_single_dates_are_whole_days_and_ignore_the_range():
    schedule = Schedule(
        start_date=date(2026, 9, 1),
        end_date=date(2026, 9, 30),
        dates=(date(2026, 8, 1), date(2026, 12, 19), date(2027, 1, 9)),
    )
    found = next_occurrences(schedule, after=datetime(2026, 9, 1))
    assert found == [
        Occurrence(date(2026, 12, 19), date(2026, 12, 19)),
        Occurrence(date(2027, 1, 9), date(2027, 1, 9)),
    ]
    assert found[0].all_day is True
    assert found[0].day == date(2026, 12, 19)


def test_single_date_counts_for_the_whole_of_its_day():
    schedule = Schedule(dates=(date(2026, 12, 19),))
    assert next_occurrences(schedule, after=datetime(2026, 12, 19, 23, 59))
    assert next_occurrences(schedule, after=datetime(2026, 12, 20)) == []


def test_whole_day_sorts_before_timed_occurrences_on_the_same_day():
    schedule = Schedule(weekly=(slot(SAT, "10:00", "11:00"),), dates=(date(2026, 12, 19),))
    found = next_occurrences(schedule, after=datetime(2026, 12, 18), limit=3)
    assert starts(found) == [
        date(2026, 12, 19),
        datetime(2026, 12, 19, 10),
        datetime(2026, 12, 26, 10),
    ]


def test_limit_applies_to_weekly_and_single_dates_together():
    schedule = Schedule(
        weekly=(slot(MON, "10:00", "11:00"),), dates=(date(2026, 9, 9), date(2026, 9, 10))
    )
    found = next_occurrences(schedule, after=datetime(2026, 9, 7, 11), limit=2)
    assert starts(found) == [date(2026, 9, 9), date(2026, 9, 10)]


@pytest.mark.parametrize("limit", [0, -1])
def test_non_positive_limit_gives_nothing(limit):
    assert next_occurrences(PRAATTAFEL, after=datetime(2026, 9, 7), limit=limit) == []


def test_spring_dst_week_keeps_wall_clock_times():
    # Brussels moves from +01:00 to +02:00 on Sunday 29 March 2026 at 02:00.
    schedule = Schedule(weekly=(slot(SAT, "19:00", "21:00"), slot(MON, "19:00", "21:00")))
    found = next_occurrences(schedule, after=datetime(2026, 3, 27), limit=3)
    assert starts(found) == [
        datetime(2026, 3, 28, 19),
        datetime(2026, 3, 30, 19),
        datetime(2026, 4, 4, 19),
    ]
    offsets = [o.start.replace(tzinfo=BRUSSELS).utcoffset() for o in found]
    assert offsets == [timedelta(hours=1), timedelta(hours=2), timedelta(hours=2)]


def test_slot_in_the_skipped_dst_hour_is_kept_as_written():
    schedule = Schedule(weekly=(slot(SUN, "02:00", "03:30"),))
    found = next_occurrences(schedule, after=datetime(2026, 3, 28), limit=1)
    assert found[0].start == datetime(2026, 3, 29, 2, 0)
    assert found[0].end - found[0].start == timedelta(minutes=90)  # naive wall-clock duration


def test_autumn_dst_week_keeps_wall_clock_times():
    # Brussels moves back to +01:00 on Sunday 25 October 2026 at 03:00.
    schedule = Schedule(weekly=(slot(SUN, "02:30", "04:00"),))
    found = next_occurrences(schedule, after=datetime(2026, 10, 24), limit=2)
    assert starts(found) == [datetime(2026, 10, 25, 2, 30), datetime(2026, 11, 1, 2, 30)]


def test_aware_after_is_converted_to_brussels_time():
    schedule = Schedule(weekly=(slot(MON, "19:00", "21:00"),))
    # 17:00 UTC on 30 March 2026 is 19:00 in Brussels (summer time).
    found = next_occurrences(schedule, after=datetime(2026, 3, 30, 17, 0, tzinfo=UTC), limit=1)
    assert found[0].start == datetime(2026, 3, 30, 19, 0)
    found = next_occurrences(schedule, after=datetime(2026, 3, 30, 17, 1, tzinfo=UTC), limit=1)
    assert found[0].start == datetime(2026, 4, 6, 19, 0)
    # 18:00 UTC on 23 March is 19:00 in winter time.
    found = next_occurrences(schedule, after=datetime(2026, 3, 23, 18, 0, tzinfo=UTC), limit=1)
    assert found[0].start == datetime(2026, 3, 23, 19, 0)


def test_leap_day():
    schedule = Schedule(weekly=(slot(TUE, "10:00", "12:00"),), dates=(date(2028, 2, 29),))
    found = next_occurrences(schedule, after=datetime(2028, 2, 27), limit=3)
    assert starts(found) == [date(2028, 2, 29), datetime(2028, 2, 29, 10), datetime(2028, 3, 7, 10)]


def test_horizon_counts_calendar_days_across_a_leap_day():
    daily = Schedule(weekly=tuple(slot(day, "10:00", "11:00") for day in range(7)))
    found = next_occurrences(daily, after=datetime(2028, 2, 28), limit=1000)
    days = [occurrence.day for occurrence in found]
    assert date(2028, 2, 29) in days
    assert days[-1] == date(2028, 2, 28) + timedelta(days=HORIZON_DAYS) == date(2029, 2, 28)


# -- weekdays and day_parts -----------------------------------------------------------------------


def test_weekdays_combine_slots_and_single_dates():
    schedule = Schedule(
        weekly=(slot(MON, "10:00", "11:00"), slot(WED, "10:00", "11:00")),
        dates=(date(2026, 12, 19),),
    )
    assert weekdays(schedule) == {MON, WED, SAT}


def test_weekdays_drop_slots_that_a_short_range_never_reaches():
    # Monday 7 to Wednesday 9 September 2026: a Friday slot never happens.
    schedule = Schedule(
        start_date=date(2026, 9, 7),
        end_date=date(2026, 9, 9),
        weekly=(
            slot(MON, "10:00", "11:00"),
            slot(FRI, "10:00", "11:00"),
            slot(FRI, "19:00", "20:00"),
        ),
    )
    assert weekdays(schedule) == {MON}
    assert day_parts(schedule) == {"morning"}
    full_week = Schedule(
        start_date=date(2026, 9, 7), end_date=date(2026, 9, 13), weekly=schedule.weekly
    )
    assert weekdays(full_week) == {MON, FRI}


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("00:00", "01:00", {"morning"}),
        ("09:00", "11:00", {"morning"}),
        ("10:00", "12:00", {"morning"}),  # ends as the afternoon starts: no overlap
        ("11:00", "13:00", {"morning", "afternoon"}),
        ("12:00", "14:00", {"afternoon"}),
        ("17:00", "18:00", {"afternoon"}),
        ("17:30", "19:00", {"afternoon", "evening"}),
        ("18:00", "20:00", {"evening"}),
        ("23:00", "23:59", {"evening"}),
        ("08:00", "20:00", {"morning", "afternoon", "evening"}),
    ],
)
def test_day_parts_by_overlap(start, end, expected):
    assert day_parts(Schedule(weekly=(slot(TUE, start, end),))) == expected


def test_weekend_from_saturday_or_sunday_slots():
    assert day_parts(Schedule(weekly=(slot(SAT, "10:00", "12:00"),))) == {"morning", "weekend"}
    assert day_parts(Schedule(weekly=(slot(SUN, "14:00", "16:00"),))) == {"afternoon", "weekend"}
    assert "weekend" not in day_parts(Schedule(weekly=(slot(FRI, "19:00", "23:00"),)))


def test_single_dates_add_weekend_but_no_time_of_day():
    assert day_parts(Schedule(dates=(date(2026, 12, 20),))) == {"weekend"}  # a Sunday
    assert day_parts(Schedule(dates=(date(2026, 12, 21),))) == set()  # a Monday
