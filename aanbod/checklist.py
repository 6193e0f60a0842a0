"""What makes an offer hard to find: a pure check editors see as a checklist."""

from dataclasses import dataclass

TRANSLATION_LANGUAGES = ("en", "fr", "uk", "ru", "ar")


@dataclass(frozen=True)
class OfferFacts:
    has_dutch_levels: bool
    all_levels_confirmed: bool  # an empty level set is allowed when the offer is truly for all
    has_schedule: bool
    has_summary: bool
    translated_languages: frozenset[str]
    needs_place: bool
    has_place: bool
    has_contact: bool
    has_themes: bool


def findability_gaps(facts: OfferFacts) -> list[str]:
    """Codes of what is missing, most important first."""
    gaps = []
    if facts.needs_place and not facts.has_place:
        gaps.append("no_place")
    if not facts.has_schedule:
        gaps.append("no_schedule")
    if not facts.has_dutch_levels and not facts.all_levels_confirmed:
        gaps.append("no_level")
    if not facts.has_summary:
        gaps.append("no_summary")
    if not facts.translated_languages:
        gaps.append("no_translation")
    if not facts.has_contact:
        gaps.append("no_contact")
    if not facts.has_themes:
        gaps.append("no_theme")
    return gaps
