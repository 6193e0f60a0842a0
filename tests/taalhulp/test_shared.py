"""The pure package both matching engines share, and the places CSV the CLI reads."""

import pytest

from buddy.matching import haversine_km as buddy_haversine
from portal.matching_shared import (
    ISO_639_1,
    REASON_CODES,
    haversine_km,
    is_language_code,
)
from portal.vocabulary import ISO_639_1 as VOCABULARY_CODES
from taalhulp.matching import PLACES_CSV, read_places


def test_haversine_gives_known_distances():
    assert haversine_km(50.846557, 4.351697, 51.0543, 3.7174) == pytest.approx(49.3, abs=1.5)
    assert haversine_km(0.0, 0.0, 0.0, 1.0) == pytest.approx(111.195, abs=0.01)
    assert buddy_haversine is haversine_km


def test_language_codes_are_the_one_vocabulary():
    assert ISO_639_1 is VOCABULARY_CODES
    assert {"nl", "uk", "ar", "ti"} <= ISO_639_1 and "sh" not in ISO_639_1
    assert is_language_code("uk")
    assert not is_language_code("UK")
    assert not is_language_code("ukr")
    assert not is_language_code(None)


def test_reason_codes_in_order_of_precedence():
    assert REASON_CODES == (
        "certified_interpreter", "no_language", "no_mode", "too_far", "no_time", "excluded",
        "capacity",
    )  # fmt: skip


def test_places_csv_gives_coordinates_per_postcode():
    assert PLACES_CSV.name == "places.csv"
    assert PLACES_CSV.exists()
    places = read_places()
    lat, lon = places["9000"]
    assert (round(lat), round(lon)) == (51, 4)
    assert "0001" not in places
    assert len(places) > 500
