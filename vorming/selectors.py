"""Queries of the calendar for other pages: the events that chose a page."""

from __future__ import annotations

from vorming import listing
from vorming.models import EventPage


def webinars_for_page(page, request) -> dict:
    """Context for a page that events point to (the crisis hub): `webinars` upcoming and past."""
    return {"webinars": listing.shown_on(EventPage.objects.live().public(), page)}
