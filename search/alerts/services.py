"""Saved-search workflows: subscribe (double opt-in), confirm, unsubscribe, the weekly e-mail."""

from __future__ import annotations

import datetime as dt
import logging
from urllib.parse import parse_qs

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation

from aanbod.models import OfferPage
from portal.mail_safety import first_unconfirmed_mail, plain_text
from portal.outbox import queue_email
from portal.privacy import ledger
from search.alerts import tokens
from search.alerts.describe import describe_search
from search.alerts.models import SavedSearch
from search.offers.params import OfferSearchParams, parse_params
from search.offers.service import search_offers

logger = logging.getLogger(__name__)

WEEK = dt.timedelta(days=7)
DUE_AFTER = dt.timedelta(days=6)  # a little slack, so a late beat run does not skip a week
UNCONFIRMED_KEPT = dt.timedelta(days=7)
SEARCH_PAGE_SIZE = 100
MAX_MATCHES = 300
MAX_OFFERS_PER_EMAIL = 20


def base_url() -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def _url(name: str, language: str, **kwargs) -> str:
    with translation.override(language):
        return base_url() + reverse(name, kwargs=kwargs or None)


def finder_url(saved: SavedSearch) -> str:
    url = _url("search:finder", saved.language)
    return f"{url}?{saved.query}" if saved.query else url


def unsubscribe_url(saved: SavedSearch) -> str:
    return _url(
        "search_alerts:unsubscribe", saved.language, token=tokens.unsubscribe_token(saved.pk)
    )


def saved_params(query: str) -> OfferSearchParams:
    params, _errors = parse_params(parse_qs(query))
    return params


def subscribe(*, email: str, query: str, language: str) -> SavedSearch:
    """Store the search unconfirmed and send the confirmation link (at most once a day).

    A search that is already confirmed gets no new e-mail; the visitor sees the same page
    either way, so nobody can find out which addresses follow which search.
    """
    email = email.strip().lower()
    with transaction.atomic():
        saved, _created = SavedSearch.objects.get_or_create(
            email=email, query=query, defaults={"language": language}
        )
        if saved.confirmed:
            return saved
        if saved.language != language:
            saved.language = language
            saved.save(update_fields=["language"])
        # Anyone can type any address: one confirmation mail an hour per mailbox.
        if not first_unconfirmed_mail("search_alerts", email):
            return saved
        confirm_url = _url("search_alerts:confirm", language, token=tokens.confirm_token(saved.pk))
        queue_email(
            to=email,
            template="search_alerts/emails/confirm",
            context={
                "confirm_url": confirm_url,
                # The words were typed by whoever asked: no line breaks or links.
                "search_description": plain_text(
                    describe_search(saved_params(query), language), max_length=300
                ),
                "finder_url": finder_url(saved),
            },
            language=language,
            category="search_alerts",
            dedupe_key=f"search_alerts:confirm:{saved.pk}:{timezone.localdate().isoformat()}",
        )
    return saved


def confirm(token: str) -> SavedSearch | None:
    pk = tokens.read_confirm_token(token)
    saved = SavedSearch.objects.filter(pk=pk).first() if pk else None
    if saved and not saved.confirmed:
        now = timezone.now()
        # New offers are counted from the moment of confirmation.
        SavedSearch.objects.filter(pk=saved.pk).update(confirmed_at=now, last_sent_at=now)
        saved.refresh_from_db()
    return saved


def unsubscribe(token: str) -> bool:
    """Delete the saved search; True (also when it is already gone). Raises
    tokens.LinkError for a link that is broken or too old."""
    pk = tokens.read_unsubscribe_token(token)
    for email, query in SavedSearch.objects.filter(pk=pk).values_list("email", "query"):
        # Remembered as a keyed hash, so a restore from an older backup does not bring it back.
        ledger.record(ledger.Scope.SAVED_SEARCH, ledger.saved_search_identifier(email, query))
    SavedSearch.objects.filter(pk=pk).delete()
    return True


def matching_hits(params: OfferSearchParams, language: str) -> list:
    """Every offer that matches the search exactly (a relaxed search matches nothing)."""
    hits = []
    page = 1
    while len(hits) < MAX_MATCHES:
        result = search_offers(
            params.with_changes(lang=language, page=page, page_size=SEARCH_PAGE_SIZE),
            language=language,
        )
        if result.relaxed:
            return []
        hits.extend(result.hits)
        if not result.hits or page * SEARCH_PAGE_SIZE >= result.count:
            break
        page += 1
    return hits


def new_offers(saved: SavedSearch, since: dt.datetime) -> list:
    """The matching offers first published after `since`, in search order."""
    hits = matching_hits(saved_params(saved.query), saved.language)
    fresh = set(
        OfferPage.objects.filter(
            pk__in=[hit.page_id for hit in hits], first_published_at__gt=since
        ).values_list("pk", flat=True)
    )
    return [hit for hit in hits if hit.page_id in fresh]


def send_one(saved: SavedSearch, now: dt.datetime) -> bool:
    """E-mail the new offers of one saved search; True when an e-mail was queued."""
    since = saved.last_sent_at or saved.confirmed_at or saved.created_at
    with translation.override(saved.language):
        offers = new_offers(saved, since)
    queued = False
    if offers:
        unsubscribe = unsubscribe_url(saved)
        queue_email(
            to=saved.email,
            template="search_alerts/emails/weekly",
            context={
                "offers": offers[:MAX_OFFERS_PER_EMAIL],
                "more": max(0, len(offers) - MAX_OFFERS_PER_EMAIL),
                "count": len(offers),
                "search_description": describe_search(saved_params(saved.query), saved.language),
                "finder_url": finder_url(saved),
                "unsubscribe_url": unsubscribe,
                "base_url": base_url(),
            },
            language=saved.language,
            category="search_alerts",
            dedupe_key=f"search_alerts:weekly:{saved.pk}:{now:%G-W%V}",
            headers={
                "List-Unsubscribe": f"<{unsubscribe}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            },
        )
        queued = True
    SavedSearch.objects.filter(pk=saved.pk).update(last_sent_at=now)
    return queued


def send_weekly(now: dt.datetime | None = None) -> dict:
    """The weekly run: every confirmed search that is due; old unconfirmed ones are removed."""
    now = now or timezone.now()
    removed, _ = SavedSearch.objects.filter(
        confirmed_at__isnull=True, created_at__lt=now - UNCONFIRMED_KEPT
    ).delete()
    due = SavedSearch.objects.filter(confirmed_at__isnull=False).exclude(
        last_sent_at__gt=now - DUE_AFTER
    )
    counts = {"checked": 0, "emailed": 0, "failed": 0, "removed_unconfirmed": removed}
    for saved in due.order_by("pk").iterator():
        counts["checked"] += 1
        try:
            counts["emailed"] += send_one(saved, now)
        except Exception:  # one broken search must not stop the others
            logger.exception("Saved search %s could not be sent", saved.pk)
            counts["failed"] += 1
    return counts
