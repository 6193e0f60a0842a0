"""Celery tasks of the newsletter: send an issue in batches, resume stalled sends, purge."""

import datetime as dt

from celery import shared_task
from django.utils import timezone

from vreemdelingenrecht.nieuwsbrief import sending, subscriptions
from vreemdelingenrecht.nieuwsbrief.models import NewsletterIssue


@shared_task(
    bind=True,
    autoretry_for=(Exception,),
    retry_backoff=1,
    retry_backoff_max=120,
    retry_jitter=False,
    max_retries=12,
)
def send_issue(self, issue_id: int) -> int:
    """Send one batch, then queue the next. A failed batch is retried and resumes where it
    stopped: subscribers with a delivery row are skipped, and the outbox's dedupe key refuses
    a second message to the same subscriber."""
    handled = sending.send_batch(issue_id)
    if handled:
        send_issue.delay(issue_id)
    return handled


@shared_task
def resume_stalled_sends() -> int:
    """Safety net for a lost task message: restart every issue that is still sending."""
    started_before = timezone.now() - dt.timedelta(minutes=10)
    ids = list(
        NewsletterIssue.objects.filter(
            status=NewsletterIssue.Status.SENDING, send_started_at__lt=started_before
        ).values_list("pk", flat=True)
    )
    for issue_id in ids:
        send_issue.delay(issue_id)
    return len(ids)


@shared_task
def purge_unconfirmed() -> int:
    return subscriptions.purge_unconfirmed()
