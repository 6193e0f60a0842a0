"""Celery tasks of the legal section: review reminders for legal topic pages."""

from celery import shared_task


@shared_task(name="vreemdelingenrecht.tasks.send_review_reminders")
def send_review_reminders() -> dict:
    from vreemdelingenrecht.reminders import review_reminders_send

    return review_reminders_send()
