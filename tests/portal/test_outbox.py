"""The e-mail outbox: stored first, sent once, retried with backoff, caught up after an outage."""

import time

import pytest
from django.core import mail

from portal import outbox
from portal.models import OutboxEmail


def _queue(**overrides):
    values = {
        "to": "ana@example.org",
        "template": "portal/emails/test",
        "context": {"name": "Ana"},
        "language": "fr",
        "category": "test",
    }
    return outbox.queue_email(**{**values, **overrides})


@pytest.mark.django_db
def test_message_is_rendered_in_its_language_stored_and_sent_on_commit(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        message = _queue()
    message.refresh_from_db()
    assert message.status == OutboxEmail.Status.SENT
    assert message.subject == "Message de test de Wegwijs"
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["ana@example.org"]
    assert "Bonjour Ana" in mail.outbox[0].body


@pytest.mark.django_db
def test_same_dedupe_key_is_sent_only_once(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        first = _queue(dedupe_key="issue-1:subscriber-7")
        second = _queue(dedupe_key="issue-1:subscriber-7")
    assert first.pk == second.pk
    assert OutboxEmail.objects.count() == 1
    assert len(mail.outbox) == 1
    assert outbox.deliver(first.pk) == OutboxEmail.Status.SENT
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_smtp_failure_keeps_message_pending_with_backoff_then_gives_up(settings):
    settings.EMAIL_BACKEND = "tests.portal.failing_mail.FailingBackend"
    message = _queue()
    assert outbox.deliver(message.pk) == OutboxEmail.Status.PENDING
    message.refresh_from_db()
    assert message.attempts == 1
    assert "SMTP is down" in message.last_error
    assert message.next_attempt_at is not None
    assert not outbox.pending_due().filter(pk=message.pk).exists()
    OutboxEmail.objects.filter(pk=message.pk).update(attempts=outbox.MAX_ATTEMPTS - 1)
    assert outbox.deliver(message.pk) == OutboxEmail.Status.FAILED


@pytest.mark.django_db
def test_message_not_handed_to_a_worker_waits_and_flush_catches_up():
    # Without the on-commit hand-over (as when the broker is down), the message waits.
    message = _queue()
    assert OutboxEmail.objects.get(pk=message.pk).status == OutboxEmail.Status.PENDING
    assert mail.outbox == []
    assert outbox.flush() == {"sent": 1, "pending": 0, "failed": 0}
    assert len(mail.outbox) == 1
    assert outbox.flush() == {"sent": 0, "pending": 0, "failed": 0}


@pytest.mark.celery
def test_real_worker_delivers_queued_mail(celery_worker):
    message = _queue(to="worker@example.org")  # autocommit: on_commit runs at once
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if outbox.outbox_status(message) == OutboxEmail.Status.SENT:
            break
        time.sleep(0.2)
    assert outbox.outbox_status(message) == OutboxEmail.Status.SENT
