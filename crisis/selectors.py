"""Queries of the crisis app for other pages: the hubs that link to a page."""

from __future__ import annotations

from crisis.hub_context import LEGAL_PAGE_SLUG
from crisis.models import CrisisHubPage


def hubs_linking_to(page):
    """Live, public crisis hubs that point to `page` (the legal page links back to them)."""
    if page is None or not getattr(page, "pk", None):
        return []
    hubs = CrisisHubPage.objects.live().public()
    chosen = list(hubs.filter(legal_page=page))
    if getattr(page, "slug_nl", None) == LEGAL_PAGE_SLUG:
        chosen += [hub for hub in hubs.filter(legal_page__isnull=True) if hub not in chosen]
    return chosen
