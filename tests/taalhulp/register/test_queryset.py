"""Expired certificates leave the public list without being deleted; hidden entries never show."""

import datetime as dt

import pytest

from taalhulp.register.models import Interpreter
from tests.taalhulp.register.conftest import TODAY

pytestmark = pytest.mark.django_db


def test_valid_on_counts_both_ends_of_the_certificate(make_entry):
    entry = make_entry(valid_from=dt.date(2025, 1, 1), valid_until=dt.date(2026, 6, 15))
    on = Interpreter.objects.valid_on
    assert entry in on(dt.date(2025, 1, 1))
    assert entry in on(TODAY)  # the last valid day
    assert entry not in on(TODAY + dt.timedelta(days=1))
    assert entry not in on(dt.date(2024, 12, 31))  # not valid yet


def test_an_expired_entry_leaves_the_list_but_stays_stored(make_entry):
    current = make_entry()
    expired = make_entry(valid_until=TODAY - dt.timedelta(days=1))
    hidden = make_entry(hidden=True)
    assert list(Interpreter.objects.listed(TODAY)) == [current]
    assert set(Interpreter.objects.all()) == {current, expired, hidden}


def test_listed_defaults_to_today(make_entry):
    make_entry(valid_from=dt.date(2000, 1, 1), valid_until=dt.date(2001, 1, 1))
    current = make_entry(valid_until=dt.date(2999, 1, 1))
    assert list(Interpreter.objects.listed()) == [current]


def test_speaking_matches_one_language_of_the_pairs(make_entry):
    both = make_entry(languages=["ar", "fr"])
    make_entry(languages=["ru"])
    assert list(Interpreter.objects.speaking("fr")) == [both]


def test_public_value_shows_only_public_fields(make_entry):
    entry = make_entry(public_fields=["phone"])
    assert entry.public_value("phone") == entry.phone
    assert entry.public_value("email") == ""
    assert entry.public_value("name") == ""
