"""Celery task of the saved searches: the weekly e-mail with new offers."""

from celery import shared_task


@shared_task(name="search_alerts.tasks.send_weekly_alerts")
def send_weekly_alerts() -> dict:
    from search.alerts.services import send_weekly

    return send_weekly()
