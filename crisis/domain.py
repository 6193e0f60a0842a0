"""Pure rules of the crisis hub: publication languages, language picking, webinar states, FAQ."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# Languages publications are offered in, each named in its own language (shown to visitors).
PUBLICATION_LANGUAGES: dict[str, str] = {
    "nl": "Nederlands",
    "fr": "Français",
    "en": "English",
    "de": "Deutsch",
    "uk": "Українська",
    "ru": "Русский",
    "pl": "Polski",
    "ro": "Română",
    "ar": "العربية",
    "fa": "فارسی",
    "ps": "پښتو",
    "ti": "ትግርኛ",
    "tr": "Türkçe",
    "so": "Soomaali",
    "es": "Español",
    "ku": "Kurdî",
}
RTL_LANGUAGES = frozenset({"ar", "fa", "ps"})

AUDIENCES: tuple[str, ...] = ("concerned", "host_families", "local_authorities", "professionals")

UPCOMING = "upcoming"
HELD = "held"
RECORDED = "recorded"


def language_name(code: str) -> str:
    return PUBLICATION_LANGUAGES.get(code, code)


def text_direction(code: str) -> str:
    return "rtl" if code in RTL_LANGUAGES else "ltr"


@dataclass(frozen=True)
class LanguageChoice:
    """The files of one publication, split for a visitor who prefers `preferred`."""

    preferred: str
    chosen: object | None
    others: list


def pick_language(files: Sequence, preferred: str, language_of=lambda f: f.language):
    """The file in the preferred language (or None) and every other file in list order."""
    chosen = next((f for f in files if language_of(f) == preferred), None)
    others = [f for f in files if f is not chosen]
    return LanguageChoice(preferred=preferred, chosen=chosen, others=others)


def valid_language(code: str | None) -> str | None:
    code = (code or "").strip().lower()
    return code if code in PUBLICATION_LANGUAGES else None


def webinar_state(
    starts_at: dt.datetime, duration_minutes: int, now: dt.datetime, has_recording: bool
) -> str:
    """Upcoming until the webinar has ended; afterwards held, or recorded once a link is added."""
    ends_at = starts_at + dt.timedelta(minutes=duration_minutes or 0)
    if now < ends_at:
        return UPCOMING
    return RECORDED if has_recording else HELD


def faq_page(questions: Iterable[tuple[str, str]], *, language: str, url: str = "") -> dict:
    """schema.org FAQPage for (question, answer HTML) pairs; empty pairs are left out."""
    entities = [
        {
            "@type": "Question",
            "name": question.strip(),
            "acceptedAnswer": {"@type": "Answer", "text": answer.strip()},
        }
        for question, answer in questions
        if question.strip() and answer.strip()
    ]
    data = {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "inLanguage": language,
        "mainEntity": entities,
    }
    if url:
        data["url"] = url
    return data
