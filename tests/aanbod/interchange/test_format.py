"""Tests for aanbod.interchange.format.validate_offer: every field rule and every error code."""

import json
from datetime import date, time
from decimal import Decimal

import pytest

from aanbod.interchange.format import (
    ERROR_CODES,
    MAX_ERRORS,
    FieldError,
    LocalizedText,
    OfferRecord,
    validate_offer,
)
from aanbod.interchange.messages import MESSAGES
from tests.aanbod.offers import DELETE, FakeResolver, full_offer, minimal_offer, with_value

# Codes that only whole lines can produce; tested in test_interchange_lines.py.
LINE_CODES = {"line_too_long", "invalid_json", "truncated_json"}


def validate(offer, resolver=None):
    return validate_offer(offer, resolve_postcode=resolver or FakeResolver())


def errors_of(offer, resolver=None) -> list[tuple[str, str]]:
    record, errors = validate(offer, resolver)
    assert record is None
    return [(error.field, error.code) for error in errors]


def test_full_offer_gives_a_typed_record():
    record, errors = validate(full_offer())
    assert errors == []
    assert isinstance(record, OfferRecord)
    assert record.title == LocalizedText(
        nl="Praattafel Nederlands", en="Dutch conversation table", ar="طاولة محادثة"
    )
    assert record.title.as_dict() == {
        "nl": "Praattafel Nederlands",
        "en": "Dutch conversation table",
        "ar": "طاولة محادثة",
    }
    assert record.title.get("fr") is None
    assert record.title.get("xx") is None
    assert record.dutch_levels == ("A2", "B1")  # CEFR order, not input order
    assert record.themes == ("dutch-practice", "library")
    assert record.location.lat == pytest.approx(51.0479)
    assert isinstance(record.location.lat, float)
    assert record.location.coordinates_from_postcode is False
    assert record.schedule.weekly[0].start == time(18, 30)
    assert record.schedule.dates == (date(2026, 12, 19),)
    assert record.valid_until == date(2027, 6, 30)
    assert record.hours_total == Decimal("1.5")
    assert record.cost.amount_eur == Decimal("12.50")
    assert record.cost.note.nl == "Korting met UiTPAS."
    assert record.registration.required is True
    assert hash(record)  # frozen and hashable


def test_minimal_offer_gets_defaults():
    record, errors = validate(minimal_offer())
    assert errors == []
    assert record.location is None
    assert record.schedule.is_empty
    assert record.summary is None and record.description is None
    assert record.themes == () and record.support_languages == ()
    assert record.childcare is False and record.low_literacy_friendly is False
    assert record.contact.email is None
    assert record.registration.required is False
    assert record.cost.note is None


def test_null_optional_fields_mean_not_given():
    offer = minimal_offer()
    for key in ("summary", "themes", "location", "schedule", "hours_total", "childcare", "contact"):
        offer[key] = None
    record, errors = validate(offer)
    assert errors == []
    assert record == validate(minimal_offer())[0]


def test_strings_are_stripped():
    offer = with_value(full_offer(), "title.nl", "  Praattafel \n")
    assert validate(offer)[0].title.nl == "Praattafel"


def test_python_floats_become_exact_decimals():
    offer = with_value(full_offer(), "cost.amount_eur", 12.1)
    assert validate(offer)[0].cost.amount_eur == Decimal("12.1")


def test_integral_number_is_a_weekday():
    offer = with_value(full_offer(), "schedule.weekly[0].weekday", Decimal("2.0"))
    assert validate(offer)[0].schedule.weekly[0].weekday == 2


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("location.lat", Decimal("49.4")),
        ("cost.amount_eur", 0),
        ("hours_total", 0),
        ("schedule.dates", ["2028-02-29"]),
        ("schedule.weekly", []),
        ("schedule", {}),
        ("cost.note", {}),
        ("summary", {}),
        ("support_languages", ["ti", "bh", "nl"]),
        ("themes", ["a", "a-1", "x" * 50]),
        ("description.nl", "Kosten: < 5 euro, en 3 > 2."),
        ("contact.phone", "1700"),
        ("contact.url", "http://example.be"),
        ("registration.url", None),
    ],
)
def test_edge_values_that_are_valid(path, value):
    record, errors = validate(with_value(full_offer(), path, value))
    assert errors == []


def test_free_offer_with_amount_zero_is_valid():
    offer = with_value(full_offer(), "cost", {"free": True, "amount_eur": 0, "note": {}})
    assert validate(offer)[1] == []


# (path, value, expected field, expected code); the base is full_offer().
CASES = [
    # shape
    ("colour", "blue", "colour", "unknown_field"),
    ("organisation.website", "x", "organisation.website", "unknown_field"),
    ("location.floor", 2, "location.floor", "unknown_field"),
    ("schedule.weekly[0].room", "A", "schedule.weekly[0].room", "unknown_field"),
    ("schedule.times", [], "schedule.times", "unknown_field"),
    ("cost.currency", "EUR", "cost.currency", "unknown_field"),
    ("contact.fax", "1", "contact.fax", "unknown_field"),
    ("registration.deadline", "x", "registration.deadline", "unknown_field"),
    ("external_id", DELETE, "external_id", "required"),
    ("external_id", None, "external_id", "required"),
    ("organisation.kind", DELETE, "organisation.kind", "required"),
    ("location.street", None, "location.street", "required"),
    ("schedule.weekly[0].end", DELETE, "schedule.weekly[0].end", "required"),
    ("cost.free", DELETE, "cost.free", "required"),
    ("registration.required", None, "registration.required", "required"),
    ("title", {"en": "Only English"}, "title.nl", "required"),
    ("title", {}, "title.nl", "required"),
    ("summary", {"fr": "Seulement en français"}, "summary.nl", "required"),
    ("cost.note", {"en": "Reduced price"}, "cost.note.nl", "required"),
    # types
    ("hours_total", True, "hours_total", "type"),
    ("hours_total", "3", "hours_total", "type"),
    ("cost.amount_eur", False, "cost.amount_eur", "type"),
    ("location.lat", True, "location.lat", "type"),
    ("schedule.weekly[0].weekday", True, "schedule.weekly[0].weekday", "type"),
    ("schedule.weekly[0].weekday", 1.5, "schedule.weekly[0].weekday", "type"),
    ("schedule.weekly[0].weekday", "2", "schedule.weekly[0].weekday", "type"),
    ("childcare", 1, "childcare", "type"),
    ("cost.free", "yes", "cost.free", "type"),
    ("counts_for_participation", "true", "counts_for_participation", "type"),
    ("external_id", 12345, "external_id", "type"),
    ("title", "Praattafel", "title", "type"),
    ("title.nl", ["Praattafel"], "title.nl", "type"),
    ("organisation", [], "organisation", "type"),
    ("location", "De Krook", "location", "type"),
    ("schedule", [], "schedule", "type"),
    ("schedule.weekly", {}, "schedule.weekly", "type"),
    ("schedule.weekly", [None], "schedule.weekly[0]", "type"),
    ("schedule.weekly", ["monday"], "schedule.weekly[0]", "type"),
    ("themes", "dutch-practice", "themes", "type"),
    ("themes", [None], "themes[0]", "type"),
    ("themes", [7], "themes[0]", "type"),
    ("location.postcode", 9000, "location.postcode", "type"),
    ("valid_until", 20270630, "valid_until", "type"),
    ("schedule.dates", [20261219], "schedule.dates[0]", "type"),
    ("contact", "praattafel@example.be", "contact", "type"),
    # texts
    ("title.nl", "   ", "title.nl", "blank"),
    ("external_id", "", "external_id", "blank"),
    ("title.nl", "x" * 201, "title.nl", "too_long"),
    ("summary.nl", "x" * 501, "summary.nl", "too_long"),
    ("external_id", "x" * 201, "external_id", "too_long"),
    ("title.nl", "Praat\x00tafel", "title.nl", "invalid_character"),
    ("title.nl", "Praat\x1btafel", "title.nl", "invalid_character"),
    ("organisation.name", "Bib\ud800", "organisation.name", "invalid_character"),
    ("title.nl", "Caf\ufffd Praattafel", "title.nl", "bad_encoding"),
    ("description.nl", "<p>Elke woensdag</p>", "description.nl", "html_not_allowed"),
    ("summary.nl", "Lijn<br/>twee", "summary.nl", "html_not_allowed"),
    ("title.de", "Gesprächstisch", "title.de", "unknown_language"),
    ("title.NL", "Praattafel", "title.NL", "unknown_language"),
    ("cost.note.tr", "x", "cost.note.tr", "unknown_language"),
    # lists and codes
    ("themes", [f"theme-{n}" for n in range(21)], "themes", "too_many"),
    ("schedule.dates", ["2026-12-19"] * 401, "schedule.dates", "too_many"),
    ("themes", ["library", "library"], "themes[1]", "duplicate"),
    ("dutch_levels", ["A2", "A2"], "dutch_levels[1]", "duplicate"),
    ("support_languages", ["en", "en"], "support_languages[1]", "duplicate"),
    ("schedule.dates", ["2026-12-19", "2026-12-19"], "schedule.dates[1]", "duplicate"),
    (
        "schedule.weekly",
        [{"weekday": 2, "start": "18:30", "end": "20:00"}] * 2,
        "schedule.weekly[1]",
        "duplicate",
    ),
    ("offer_type", "course", "offer_type", "invalid_choice"),
    ("format", "hybrid", "format", "invalid_choice"),
    ("format", "Online", "format", "invalid_choice"),
    ("organisation.kind", "ngo", "organisation.kind", "invalid_choice"),
    ("dutch_levels", ["B1", "C2"], "dutch_levels[1]", "invalid_choice"),
    ("dutch_levels", ["b1"], "dutch_levels[0]", "invalid_choice"),
    ("source", "Bibliotheek Gent", "source", "invalid_slug"),
    ("themes", ["Dutch"], "themes[0]", "invalid_slug"),
    ("themes", ["dutch_practice"], "themes[0]", "invalid_slug"),
    ("themes", ["-dutch"], "themes[0]", "invalid_slug"),
    ("themes", ["dutch-"], "themes[0]", "invalid_slug"),
    ("themes", ["dutch--practice"], "themes[0]", "invalid_slug"),
    ("themes", ["café"], "themes[0]", "invalid_slug"),
    ("themes", [""], "themes[0]", "invalid_slug"),
    ("themes", [" library"], "themes[0]", "invalid_slug"),
    ("target_groups", ["x" * 51], "target_groups[0]", "invalid_slug"),
    ("support_languages", ["xx"], "support_languages[0]", "invalid_language_code"),
    ("support_languages", ["EN"], "support_languages[0]", "invalid_language_code"),
    ("support_languages", ["eng"], "support_languages[0]", "invalid_language_code"),
    ("support_languages", ["sh"], "support_languages[0]", "invalid_language_code"),
    # numbers, dates and times
    ("schedule.weekly[0].weekday", 7, "schedule.weekly[0].weekday", "out_of_range"),
    ("schedule.weekly[0].weekday", -1, "schedule.weekly[0].weekday", "out_of_range"),
    ("location.lat", Decimal("3.7275"), "location.lat", "out_of_range"),  # swapped
    ("location.lon", Decimal("51.0479"), "location.lon", "out_of_range"),
    ("hours_total", -1, "hours_total", "out_of_range"),
    ("hours_total", 5001, "hours_total", "out_of_range"),
    ("hours_total", float("nan"), "hours_total", "out_of_range"),
    ("hours_total", float("inf"), "hours_total", "out_of_range"),
    ("cost.amount_eur", Decimal("-0.01"), "cost.amount_eur", "out_of_range"),
    ("cost.amount_eur", 10**600, "cost.amount_eur", "out_of_range"),
    ("cost.amount_eur", Decimal("12.505"), "cost.amount_eur", "too_many_decimals"),
    ("hours_total", Decimal("1.333"), "hours_total", "too_many_decimals"),
    ("valid_until", "30/06/2027", "valid_until", "invalid_date"),
    ("valid_until", "2027-02-29", "valid_until", "invalid_date"),
    ("schedule.start_date", "2026-9-2", "schedule.start_date", "invalid_date"),
    ("schedule.dates", ["2026-12-32"], "schedule.dates[0]", "invalid_date"),
    ("schedule.weekly[0].start", "6:30 PM", "schedule.weekly[0].start", "invalid_time"),
    ("schedule.weekly[0].end", "24:00", "schedule.weekly[0].end", "invalid_time"),
    ("schedule.weekly[0].end", "18:00", "schedule.weekly[0].end", "end_before_start"),
    ("schedule.weekly[0].end", "18:30", "schedule.weekly[0].end", "end_before_start"),
    ("schedule.end_date", "2026-09-01", "schedule.end_date", "end_date_before_start_date"),
    # place, cost and contact
    ("location.postcode", "900", "location.postcode", "invalid_postcode"),
    ("location.postcode", "09000", "location.postcode", "invalid_postcode"),
    ("location.postcode", "0900", "location.postcode", "invalid_postcode"),
    ("location.postcode", "B-9000", "location.postcode", "invalid_postcode"),
    ("location.postcode", " 9000", "location.postcode", "invalid_postcode"),
    ("location.lon", DELETE, "location", "coordinates_incomplete"),
    ("location.lat", None, "location", "coordinates_incomplete"),
    ("cost", {"free": True, "amount_eur": 5}, "cost.amount_eur", "cost_conflict"),
    ("cost", {"free": False, "amount_eur": None}, "cost.amount_eur", "amount_missing"),
    ("cost", {"free": False}, "cost.amount_eur", "amount_missing"),
    ("contact.email", "praattafel", "contact.email", "invalid_email"),
    ("contact.email", "praattafel@example", "contact.email", "invalid_email"),
    ("contact.email", "praat tafel@example.be", "contact.email", "invalid_email"),
    ("contact.email", "a@b@example.be", "contact.email", "invalid_email"),
    ("contact.phone", "bel ons", "contact.phone", "invalid_phone"),
    ("contact.phone", "12", "contact.phone", "invalid_phone"),
    ("contact.phone", "+32 9 123 45 67 89 00 11", "contact.phone", "invalid_phone"),
    ("contact.url", "javascript:alert(1)", "contact.url", "invalid_url"),
    ("contact.url", "www.example.be", "contact.url", "invalid_url"),
    ("contact.url", "ftp://example.be/file", "contact.url", "invalid_url"),
    ("contact.url", "https://", "contact.url", "invalid_url"),
    ("contact.url", "https://exa mple.be", "contact.url", "invalid_url"),
    ("contact.url", "http://[::1", "contact.url", "invalid_url"),
    ("registration.url", "mailto:x@example.be", "registration.url", "invalid_url"),
]


@pytest.mark.parametrize(
    ("path", "value", "field", "code"), CASES, ids=[f"{c[0]}-{c[3]}" for c in CASES]
)
def test_invalid_value_gives_one_precise_error(path, value, field, code):
    assert errors_of(with_value(full_offer(), path, value)) == [(field, code)]


@pytest.mark.parametrize("field", ["external_id", "source", "organisation", "offer_type", "title"])
def test_missing_required_top_level_field(field):
    assert errors_of(with_value(minimal_offer(), field, DELETE)) == [(field, "required")]


@pytest.mark.parametrize("fmt", ["in_person", "blended"])
@pytest.mark.parametrize("location", [DELETE, None])
def test_in_person_and_blended_need_a_location(fmt, location):
    offer = with_value(with_value(full_offer(), "format", fmt), "location", location)
    assert errors_of(offer) == [("location", "location_required")]


def test_online_offer_may_give_a_location():
    offer = with_value(minimal_offer(), "location", full_offer()["location"])
    assert validate(offer)[0].location.name == "De Krook"


def test_postcode_places_an_offer_without_coordinates():
    resolver = FakeResolver()
    offer = full_offer()
    del offer["location"]["lat"], offer["location"]["lon"]
    record, errors = validate(offer, resolver)
    assert errors == []
    assert resolver.calls == [("9000", "Gent")]
    assert (record.location.lat, record.location.lon) == (51.0543, 3.7174)
    assert record.location.coordinates_from_postcode is True


def test_unknown_postcode_without_coordinates_is_an_error():
    offer = full_offer()
    offer["location"].update(lat=None, lon=None, postcode="9999")
    record, errors = validate(offer)
    assert [(e.field, e.code) for e in errors] == [("location.postcode", "postcode_not_found")]
    assert errors[0].params == {"postcode": "9999", "municipality": "Gent"}


def test_postcode_is_not_looked_up_when_coordinates_are_given_or_the_address_is_wrong():
    resolver = FakeResolver()
    validate(full_offer(), resolver)
    offer = full_offer()
    offer["location"].update(lat=None, lon=None, street="")
    validate(offer, resolver)
    assert resolver.calls == []


def test_resolver_errors_propagate():
    def broken(postcode, municipality):
        raise ConnectionError("postcode table unavailable")

    offer = with_value(with_value(full_offer(), "location.lat", DELETE), "location.lon", DELETE)
    with pytest.raises(ConnectionError):
        validate(offer, broken)


@pytest.mark.parametrize("value", [[], "offer", 3, None, True])
def test_non_object_offer(value):
    record, errors = validate(value)
    assert record is None
    assert [(e.field, e.code) for e in errors] == [("", "not_an_object")]


def test_all_errors_are_collected_in_field_order():
    offer = full_offer()
    offer.update(offer_type="course", hours_total=True, valid_until="soon")
    offer["location"]["postcode"] = "x"
    assert errors_of(offer) == [
        ("offer_type", "invalid_choice"),
        ("location.postcode", "invalid_postcode"),
        ("hours_total", "type"),
        ("valid_until", "invalid_date"),
    ]


def test_errors_are_capped():
    offer = minimal_offer()
    offer.update({f"extra_{n}": n for n in range(MAX_ERRORS + 10)})
    record, errors = validate(offer)
    assert len(errors) == MAX_ERRORS + 1
    assert errors[-1].code == "too_many_errors"
    assert errors[-1].field == ""


def test_error_params_are_json_serialisable_and_messages_filled_in():
    offer = full_offer()
    offer.update(format="hybrid", themes=["x"] * 2, colour=1, hours_total=Decimal("1.333"))
    offer["schedule"]["weekly"][0]["end"] = "18:00"
    offer["title"]["de"] = "x"
    _, errors = validate(offer)
    assert len(errors) == 6
    for error in errors:
        assert isinstance(error, FieldError)
        json.dumps(error.params)
        assert error.message and "{" not in error.message
        assert f'"{error.field}"' in error.message


def test_error_messages_name_the_values_and_the_fix():
    _, errors = validate(with_value(full_offer(), "format", "hybrid"))
    assert errors[0].params == {"value": "hybrid", "allowed": ["in_person", "online", "blended"]}
    assert errors[0].message == (
        'The field "format" has the value "hybrid". '
        "Use one of these values: in_person, online, blended."
    )
    _, errors = validate(with_value(full_offer(), "hours_total", True))
    assert errors[0].params == {"expected": "number", "actual": "boolean"}
    assert errors[0].message == (
        'The field "hours_total" must be a number, not true or false. Change the value.'
    )
    _, errors = validate(with_value(full_offer(), "schedule.weekly[0].end", "18:00"))
    assert errors[0].params == {"start": "18:30", "end": "18:00"}


def test_long_values_are_shortened_in_messages():
    _, errors = validate(with_value(full_offer(), "offer_type", "x" * 10_000))
    assert len(errors[0].params["value"]) <= 60
    assert len(errors[0].message) < 300


def test_every_error_code_has_a_message_and_a_test():
    assert set(ERROR_CODES) == set(MESSAGES)
    tested = {case[3] for case in CASES} | LINE_CODES
    tested |= {
        "not_an_object",
        "too_many_errors",
        "location_required",
        "postcode_not_found",
        "duplicate_key",
    }
    assert tested == set(ERROR_CODES)
