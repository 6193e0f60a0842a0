"""Celery task of the saved searches: the weekly e-mail with new offers."""

from celery import shared_task

from search.alerts.services import send_weekly


@shared_task(name="search_alerts.tasks.send_weekly_alerts")
def send_weekly_alerts() -> dict:
    return send_weekly()
