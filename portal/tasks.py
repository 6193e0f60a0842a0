"""Celery tasks of the portal: scheduled publishing."""

from celery import shared_task

from portal.services import pages_publish_scheduled


@shared_task(name="portal.tasks.publish_scheduled_pages")
def publish_scheduled_pages() -> dict:
    """Publish pages whose go-live time has passed and unpublish expired ones."""
    return pages_publish_scheduled()
