"""Reminder e-mails to publishers: 30 and 7 days before an offer expires, and after 6 months
without a check. Each reminder goes out once per offer and occasion."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import timezone, translation

from aanbod import selectors

UNCHECKED_AFTER = dt.timedelta(days=182)


def _occasions(today: dt.date):
    yield "expires_in_30_days", selectors.offers_expiring_on(day=today + dt.timedelta(days=30))
    yield "expires_in_7_days", selectors.offers_expiring_on(day=today + dt.timedelta(days=7))
    yield "unchecked_6_months", selectors.offers_unchecked_since(day=today - UNCHECKED_AFTER)


def _recipient(offer) -> str:
    if offer.organisation and offer.organisation.contact_email:
        return offer.organisation.contact_email
    owner = offer.owner
    return owner.email if owner and owner.email else ""


def offer_reminders_send(*, today: dt.date | None = None) -> dict[str, int]:
    """Send due reminders, one e-mail per recipient; returns how many offers per occasion."""
    today = today or timezone.localdate()
    batches: dict[str, list[tuple[str, object]]] = defaultdict(list)
    sent: dict[int, dict[str, str]] = {}  # offer pk -> every reminder key, old and new
    counts = {}
    for occasion, offers in _occasions(today):
        counts[occasion] = 0
        for offer in offers:
            key = f"{occasion}:{offer.valid_until.isoformat()}"
            if occasion == "unchecked_6_months":
                key = f"{occasion}:{offer.last_checked.isoformat()}"
            recipient = _recipient(offer)
            if key in offer.reminders_sent or not recipient:
                continue
            batches[recipient].append((occasion, offer))
            sent.setdefault(offer.pk, dict(offer.reminders_sent))[key] = today.isoformat()
            counts[occasion] += 1
    base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    with translation.override("nl"):  # publishers work in Dutch
        for recipient, items in batches.items():
            context = {"items": items, "base_url": base_url}
            send_mail(
                subject=render_to_string("aanbod/emails/reminder_subject.txt", context).strip(),
                message=render_to_string("aanbod/emails/reminder.txt", context),
                from_email=settings.DEFAULT_FROM_EMAIL,
                recipient_list=[recipient],
            )
            for _occasion, offer in items:
                # Only the bookkeeping field: no new revision, no change to the live page.
                type(offer).objects.filter(pk=offer.pk).update(reminders_sent=sent[offer.pk])
    return counts
