"""Celery tasks of the portal: scheduled publishing, the e-mail outbox, admin password resets."""

from celery import shared_task

from portal import outbox, password_reset
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


@shared_task(name="portal.tasks.admin_password_reset")
def admin_password_reset(email: str, language: str) -> int:
    """Find the accounts of an address and queue their reset mail (off the request's clock)."""
    return password_reset.queue_reset_mails(email, language)
