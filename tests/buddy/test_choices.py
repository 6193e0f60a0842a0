"""The buddy app's choice lists follow the shared vocabularies of portal.vocabulary."""

from buddy.choices import SLOTS, WEEKDAYS, Level
from buddy.matching import LEVELS
from portal.vocabulary import SPEAKER_LEVELS


def test_form_levels_are_the_engines_levels_in_order():
    """The registration form's levels (with labels) and the engine's ranks: one vocabulary."""
    assert tuple(Level.values) == LEVELS == SPEAKER_LEVELS


def test_slots_are_every_weekday_times_every_daypart():
    assert len(WEEKDAYS) == 7
    assert [value for value, _label in SLOTS][:4] == [
        "0-morning",
        "0-afternoon",
        "0-evening",
        "1-morning",
    ]
    assert SLOTS[-1][0] == "6-evening"
