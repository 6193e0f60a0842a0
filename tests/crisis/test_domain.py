"""Pure rules of the crisis hub: webinar states, language picking, FAQPage data."""

import datetime as dt
from types import SimpleNamespace

from crisis import domain

START = dt.datetime(2026, 3, 12, 14, 0, tzinfo=dt.UTC)


def test_webinar_is_upcoming_until_it_has_ended():
    assert domain.webinar_state(START, 90, START - dt.timedelta(days=1), False) == "upcoming"
    assert domain.webinar_state(START, 90, START + dt.timedelta(minutes=89), True) == "upcoming"


def test_webinar_is_held_then_recorded_once_a_recording_exists():
    after = START + dt.timedelta(minutes=90)
    assert domain.webinar_state(START, 90, after, False) == "held"
    assert domain.webinar_state(START, 90, after, True) == "recorded"


def test_pick_language_puts_the_preferred_file_first():
    files = [SimpleNamespace(language=code) for code in ("nl", "uk", "ru")]
    choice = domain.pick_language(files, "uk")
    assert choice.chosen is files[1]
    assert [f.language for f in choice.others] == ["nl", "ru"]
    missing = domain.pick_language(files, "ar")
    assert missing.chosen is None and missing.others == files


def test_only_known_publication_languages_are_accepted():
    assert domain.valid_language(" UK ") == "uk"
    assert domain.valid_language("xx") is None
    assert domain.valid_language(None) is None
    assert domain.text_direction("fa") == "rtl" and domain.text_direction("uk") == "ltr"
    assert domain.language_name("uk") == "Українська"


def test_faq_page_leaves_out_empty_pairs():
    data = domain.faq_page(
        [("Vraag?", "<p>Antwoord.</p>"), ("", "<p>x</p>"), ("Leeg?", " ")], language="nl"
    )
    assert data["@type"] == "FAQPage" and data["inLanguage"] == "nl"
    assert [q["name"] for q in data["mainEntity"]] == ["Vraag?"]
    assert "url" not in data
