"""The pure calendar rules: an event's state."""

import datetime as dt

from vorming.calendar_format import HELD, RECORDED, UPCOMING, event_state

NOW = dt.datetime(2026, 3, 1, 12, tzinfo=dt.UTC)


def test_upcoming_until_the_last_session_has_ended():
    end = NOW + dt.timedelta(minutes=1)
    assert event_state(NOW - dt.timedelta(days=7), end, NOW, has_recording=False) == UPCOMING


def test_afterwards_held_or_recorded():
    end = NOW - dt.timedelta(minutes=1)
    assert event_state(end, end, NOW, has_recording=False) == HELD
    assert event_state(end, end, NOW, has_recording=True) == RECORDED


def test_an_e_learning_without_dates_is_always_open():
    assert event_state(None, None, NOW, has_recording=False) == UPCOMING
