"""Celery tasks of the offer catalogue: reminders to publishers."""

from celery import shared_task

from aanbod.reminders import offer_reminders_send


@shared_task(name="aanbod.tasks.send_offer_reminders")
def send_offer_reminders() -> dict:
    return offer_reminders_send()
