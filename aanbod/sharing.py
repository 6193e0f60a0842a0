"""What an offer page shows and shares: next dates, weekly times, a short link and a QR code."""

from __future__ import annotations

import hashlib

import segno
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import get_language_info

from aanbod import choices
from aanbod import schedule as schedule_logic


def offer_short_path(offer, language: str | None = None) -> str:
    language = language or translation.get_language()
    return reverse("offer_short_link", kwargs={"offer_id": offer.pk, "language": language})


QR_CACHE_SECONDS = 7 * 24 * 3600


def qr_svg(url: str, title: str) -> str:
    """An inline SVG QR code; dark on white so phones read it from paper too.

    Drawn once per link and title (a few milliseconds each time otherwise), then cached: the
    key holds both, so a new title or address draws a new code."""
    key = "qr:" + hashlib.sha256(f"{url}\n{title}".encode()).hexdigest()

    def draw():
        return segno.make(url, error="m").svg_inline(
            scale=4, border=2, dark="#0b0c0c", light="#ffffff", title=title
        )

    return cache.get_or_set(key, draw, QR_CACHE_SECONDS)


def language_name(code: str) -> str:
    try:
        return get_language_info(code)["name_translated"]
    except KeyError:
        return code


def offer_share_context(offer, request, schedule: schedule_logic.Schedule) -> dict:
    """What the offer page shows besides its fields; `schedule` is the offer's own."""
    upcoming = schedule_logic.next_occurrences(schedule, after=timezone.localtime(), limit=3)
    weekday_names = dict(choices.WEEKDAYS)
    short_url = request.build_absolute_uri(offer_short_path(offer))
    return {
        "next_occurrences": upcoming,
        "weekly_times": [
            {"day": weekday_names[slot.weekday], "start": slot.start, "end": slot.end}
            for slot in schedule.weekly
        ],
        "levels": [level.code for level in offer.dutch_levels.all()],
        "themes": list(offer.themes.all()),
        "support_language_names": [language_name(c) for c in offer.support_language_codes],
        "short_url": short_url,
        "qr_svg": qr_svg(short_url, offer.title),
    }
