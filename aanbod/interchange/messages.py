"""Plain-English (B1) messages for offer interchange error codes, one template per code."""

# The import renders them in the report's language: render_message(..., translate=gettext).
# Keep each template's placeholders to {subject}, {field} and the params that format.py passes
# for that code; translations keep the same placeholders (msgfmt checks python-brace-format).
# {subject} is 'The field "x"' or, for whole-line errors (field ""), "This line".

from __future__ import annotations

from collections.abc import Callable


def gettext_noop(message: str) -> str:
    """Marks a template for `make messages` (xgettext knows this name); translates nothing."""
    return message


MESSAGES: dict[str, str] = {
    # Whole-line problems (field "").
    "line_too_long": gettext_noop(
        "This line is {size} bytes long. The limit is {max} bytes. Make the texts shorter."
    ),
    "bad_encoding": gettext_noop(
        "{subject} contains text that is not UTF-8 (a broken byte or the character "
        "�). Save the file as UTF-8 and send it again."
    ),
    "invalid_json": gettext_noop(
        "This line is not valid JSON ({detail}). Check the quotes, commas and "
        "brackets, and put each offer on its own line."
    ),
    "truncated_json": gettext_noop(
        "This line stops in the middle of the offer ({detail}). Put each offer "
        "completely on one line, and check that the file was not cut off."
    ),
    "not_an_object": gettext_noop(
        "This line is {actual}, not an object. Write each offer as one object "
        "between curly brackets: {{...}}."
    ),
    "too_many_errors": gettext_noop(
        "This line has more than {max} errors. Only the first {max} are shown. Fix these first."
    ),
    # Shape.
    "unknown_field": gettext_noop(
        "{subject} is not part of the format. Remove it or check the spelling."
    ),
    "duplicate_key": gettext_noop(
        "{subject} appears more than once in the same object. Keep it only once."
    ),
    "required": gettext_noop("{subject} is missing or null. Add it with a value."),
    "type": gettext_noop("{subject} must be {expected}, not {actual}. Change the value."),
    # Texts.
    "blank": gettext_noop(
        "{subject} is empty. Add a text, or leave out the field if it is optional."
    ),
    "too_long": gettext_noop(
        "{subject} is too long ({length} characters). Use at most {max} characters."
    ),
    "invalid_character": gettext_noop(
        "{subject} contains a character that is not allowed ({codepoint}). Remove it."
    ),
    "html_not_allowed": gettext_noop(
        "{subject} contains HTML ({tag}). Use plain text. Separate paragraphs with an empty line."
    ),
    "unknown_language": gettext_noop(
        "{subject} uses a language that is not supported. Use one of these languages: {allowed}."
    ),
    # Lists and codes.
    "too_many": gettext_noop("{subject} has {count} items. Use at most {max} items."),
    "duplicate": gettext_noop('{subject} repeats an earlier value ("{value}"). Remove it.'),
    "invalid_choice": gettext_noop(
        '{subject} has the value "{value}". Use one of these values: {allowed}.'
    ),
    "invalid_slug": gettext_noop(
        '{subject} has "{value}", which is not a valid code. Use only small letters '
        'a-z, digits and hyphens, for example "dutch-practice".'
    ),
    "invalid_language_code": gettext_noop(
        '{subject} has "{value}", which is not a language code. Use a '
        'two-letter ISO 639-1 code in small letters, for example "fr" or "ar".'
    ),
    # Numbers, dates and times.
    "out_of_range": gettext_noop(
        "{subject} has the value {value}. Use a value from {min} to {max}."
    ),
    "too_many_decimals": gettext_noop(
        "{subject} has too many digits after the decimal point. Use at most {max_decimals}."
    ),
    "invalid_date": gettext_noop(
        '{subject} has "{value}", which is not a real date. Write the date as '
        "YYYY-MM-DD, for example 2026-09-15."
    ),
    "invalid_time": gettext_noop(
        '{subject} has "{value}", which is not a time. Write the time as HH:MM with '
        "24 hours, for example 09:30 or 19:00."
    ),
    "end_before_start": gettext_noop(
        "{subject} is {end}, which is not later than the start time {start}. "
        "Make the end time later than the start time."
    ),
    "end_date_before_start_date": gettext_noop(
        "{subject} is {end}, which is before the start date {start}. Correct one of the two dates."
    ),
    # Place, cost and contact.
    "location_required": gettext_noop(
        'An offer with format "{format}" needs a location. Add "location" with the address.'
    ),
    "invalid_postcode": gettext_noop(
        '{subject} has "{value}", which is not a Belgian postcode. Use four '
        'digits as text, for example "9000".'
    ),
    "postcode_not_found": gettext_noop(
        "We cannot find postcode {postcode} in {municipality}. Check the "
        'postcode and the municipality, or add "lat" and "lon" to the location.'
    ),
    "coordinates_incomplete": gettext_noop(
        'The location has "{present}" but not the other coordinate. Give '
        'both "lat" and "lon", or leave out both.'
    ),
    "amount_missing": gettext_noop(
        "{subject} is missing, but the offer is not free. Give the price in euro, "
        'for example 25, or set "free" to true.'
    ),
    "cost_conflict": gettext_noop(
        '{subject} is {amount}, but the offer is free. Set "free" to false, or set '
        "the amount to 0 or null."
    ),
    "invalid_email": gettext_noop(
        '{subject} has "{value}", which is not an e-mail address. Use the form name@example.be.'
    ),
    "invalid_phone": gettext_noop(
        '{subject} has "{value}", which is not a phone number. Use digits, spaces '
        'and an optional + at the start, for example "+32 9 123 45 67".'
    ),
    "invalid_url": gettext_noop(
        '{subject} has "{value}", which is not a web address. Use a full address '
        "that starts with https://.",
    ),
}

# JSON type names (as in "type" params) in words.
TYPE_WORDS = {
    "string": gettext_noop("text"),
    "boolean": gettext_noop("true or false"),
    "number": gettext_noop("a number"),
    "integer": gettext_noop("a whole number"),
    "array": gettext_noop("a list [...]"),
    "object": gettext_noop("an object {...}"),
    "null": "null",
}
FIELD_SUBJECT = gettext_noop('The field "{field}"')
LINE_SUBJECT = gettext_noop("This line")


def render_message(
    code: str, field: str, params: dict, translate: Callable[[str], str] = gettext_noop
) -> str:
    """Fill in the template for `code`; lists become comma-separated, types become words.

    `translate` (Django's gettext in the import) gives the template in the active language."""
    words = {
        key: ", ".join(map(str, value)) if isinstance(value, list | tuple) else value
        for key, value in params.items()
    }
    for key in ("expected", "actual"):
        if key in words:
            words[key] = (
                translate(TYPE_WORDS[words[key]]) if words[key] in TYPE_WORDS else words[key]
            )
    subject = translate(FIELD_SUBJECT).format(field=field) if field else translate(LINE_SUBJECT)
    return translate(MESSAGES[code]).format(subject=subject, field=field, **words)
