"""Review reminders: an e-mail to the editors when a legal topic page was not reviewed for the
configured period. One reminder per page and review date, however often the job runs."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.utils import timezone
from wagtail.models import Site

from portal.models import OutboxEmail
from portal.outbox import queue_email
from vreemdelingenrecht.models import LegalSettings, LegalTopicPage

CATEGORY = "vreemdelingenrecht-review"


def _settings() -> LegalSettings:
    site = Site.objects.filter(is_default_site=True).first()
    return LegalSettings.for_site(site) if site else LegalSettings()


def pages_due_for_review(*, after_days: int, today: dt.date) -> list[LegalTopicPage]:
    limit = today - dt.timedelta(days=after_days)
    return list(
        LegalTopicPage.objects.live()
        .filter(last_reviewed__lte=limit)
        .select_related("owner")
        .order_by("last_reviewed", "pk")
    )


def review_reminders_send(*, today: dt.date | None = None) -> dict[str, int]:
    """Queue reminders in the outbox; returns how many pages were due and how many were new."""
    today = today or timezone.localdate()
    config = _settings()
    base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    due = pages_due_for_review(after_days=config.review_after_days, today=today)
    queued = 0
    for page in due:
        recipient = config.reminder_email or (page.owner.email if page.owner else "")
        if not recipient:
            continue
        key = f"{CATEGORY}:{page.pk}:{page.last_reviewed.isoformat()}"
        if OutboxEmail.objects.filter(dedupe_key=key).exists():
            continue
        queue_email(
            to=recipient,
            template="vreemdelingenrecht/emails/review_reminder",
            context={
                "page": page,
                "days": (today - page.last_reviewed).days,
                "edit_url": f"{base_url}/admin/pages/{page.pk}/edit/",
                "after_days": config.review_after_days,
            },
            language="nl",  # the legal editors work in Dutch
            category=CATEGORY,
            dedupe_key=key,
        )
        queued += 1
    return {"due": len(due), "queued": queued}
