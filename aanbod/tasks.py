"""Celery tasks of the offer catalogue: reminders to publishers."""

from celery import shared_task


@shared_task(name="aanbod.tasks.send_offer_reminders")
def send_offer_reminders() -> dict:
    from aanbod.reminders import offer_reminders_send

    return offer_reminders_send()
