"""Celery jobs of the volunteer pool: a matching run, and the hourly proposal housekeeping."""

from celery import shared_task
from django.contrib.auth import get_user_model

from taalhulp.pool.services import matching, proposals


@shared_task
def matching_run(user_pk: int | None = None) -> dict:
    proposals.close_past_requests()
    actor = get_user_model().objects.filter(pk=user_pk).first() if user_pk else None
    record = matching.run(actor=actor)
    return {"run": record.pk, "status": record.status, "answered": record.answered}


@shared_task
def proposals_periodic() -> dict:
    return proposals.periodic()
