"""Celery beat job of the privacy tools (key privacy-retention in CELERY_BEAT_SCHEDULE)."""

from celery import shared_task

from portal.privacy import retention


@shared_task(name="portal.privacy.tasks.retention_daily")
def retention_daily() -> dict:
    return retention.run_all()
