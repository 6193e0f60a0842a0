"""Celery tasks of the portal: scheduled publishing and the e-mail outbox."""

from celery import shared_task

from portal import outbox
from portal.services import pages_publish_scheduled


@shared_task(name="portal.tasks.publish_scheduled_pages")
def publish_scheduled_pages() -> dict:
    """Publish pages whose go-live time has passed and unpublish expired ones."""
    return pages_publish_scheduled()


@shared_task(name="portal.tasks.outbox_deliver")
def outbox_deliver(pk: int) -> str:
    """Send one message of the outbox (a failed attempt stays pending for outbox_flush)."""
    return outbox.deliver(pk)


@shared_task(name="portal.tasks.outbox_flush")
def outbox_flush() -> dict:
    """Send every outbox message that is due: catches up after a broker or SMTP outage."""
    return outbox.flush()
