"""Pure code shared by the matching engines (buddy, taalhulp): distance, languages, reasons."""

from .geo import EARTH_RADIUS_KM, haversine_km
from .languages import ISO_639_1, LANGUAGE_CODE_HINT, is_language_code
from .reasons import REASON_CODES, REASON_TEXTS

__all__ = [
    "EARTH_RADIUS_KM",
    "ISO_639_1",
    "LANGUAGE_CODE_HINT",
    "REASON_CODES",
    "REASON_TEXTS",
    "haversine_km",
    "is_language_code",
]
