"""Celery beat jobs of the buddy app (keys prefixed buddy- in CELERY_BEAT_SCHEDULE)."""

from celery import shared_task

from buddy.services import retention


@shared_task
def proposal_reminders() -> dict:
    return retention.proposal_reminders()


@shared_task
def retention_daily() -> dict:
    return {
        "unconfirmed_deleted": retention.unconfirmed_expire(),
        "pauses_ended": retention.pauses_end(),
        "dormant_warned": retention.dormant_warn(),
        "dormant_anonymised": retention.dormant_anonymise(),
        "engagements_anonymised": retention.ended_anonymise(),
    }
