"""Celery tasks of the legal section: review reminders for legal topic pages."""

from celery import shared_task

from vreemdelingenrecht.reminders import review_reminders_send


@shared_task(name="vreemdelingenrecht.tasks.send_review_reminders")
def send_review_reminders() -> dict:
    return review_reminders_send()
