"""Queue and deliver e-mail through the database outbox; nothing is lost when the broker is down."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template import TemplateDoesNotExist
from django.template.loader import render_to_string
from django.utils import timezone, translation

from portal.models import OutboxEmail
from portal.queueing import enqueue

MAX_ATTEMPTS = 8
# By name: the tasks module imports this one (its task calls deliver()).
DELIVER_TASK = "portal.tasks.outbox_deliver"


def render_email(template: str, context: dict, language: str) -> tuple[str, str, str]:
    """Subject, text and HTML of `template` (`<template>_subject.txt`, `.txt`, optional `.html`)."""
    with translation.override(language):
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        text = render_to_string(f"{template}.txt", context)
        try:
            html = render_to_string(f"{template}.html", context)
        except TemplateDoesNotExist:
            html = ""
    return subject, text, html


def queue_email(
    *,
    to: str,
    template: str,
    context: dict,
    language: str,
    category: str,
    dedupe_key: str | None = None,
    headers: dict | None = None,
) -> OutboxEmail:
    """Store one message and have a worker send it once the transaction commits.

    The same `dedupe_key` twice returns the first message: it is never sent twice.
    """
    if dedupe_key:
        existing = OutboxEmail.objects.filter(dedupe_key=dedupe_key).first()
        if existing is not None:
            return existing
    subject, text, html = render_email(template, {**context, "language": language}, language)
    try:
        with transaction.atomic():
            message = OutboxEmail.objects.create(
                to=to,
                subject=subject,
                body_text=text,
                body_html=html,
                headers=headers or {},
                language=language,
                category=category,
                dedupe_key=dedupe_key or None,
            )
    except IntegrityError:  # a concurrent queue with the same key won
        return OutboxEmail.objects.get(dedupe_key=dedupe_key)
    # Broker down: the message waits in the outbox for outbox_flush.
    transaction.on_commit(lambda: enqueue(DELIVER_TASK, message.pk))
    return message


def _backoff(attempts: int) -> dt.timedelta:
    return dt.timedelta(minutes=min(2**attempts, 240))


def deliver(pk: int) -> str:
    """Send one pending message; returns its new status. Safe to call twice for the same message."""
    with transaction.atomic():
        message = OutboxEmail.objects.select_for_update(skip_locked=True).filter(pk=pk).first()
        if message is None or message.status != OutboxEmail.Status.PENDING:
            return message.status if message else "missing"
        email = EmailMultiAlternatives(
            subject=message.subject,
            body=message.body_text,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[message.to],
            headers=message.headers or None,
        )
        if message.body_html:
            email.attach_alternative(message.body_html, "text/html")
        message.attempts += 1
        try:
            email.send()
        except Exception as error:  # SMTP trouble: try again later, give up after MAX_ATTEMPTS
            message.last_error = f"{type(error).__name__}: {error}"[:2000]
            if message.attempts >= MAX_ATTEMPTS:
                message.status = OutboxEmail.Status.FAILED
            else:
                message.next_attempt_at = timezone.now() + _backoff(message.attempts)
        else:
            message.status = OutboxEmail.Status.SENT
            message.sent_at = timezone.now()
            message.last_error = ""
        message.save()
        return message.status


def pending_due(now: dt.datetime | None = None):
    """Pending messages whose next attempt is due (or that were never tried)."""
    now = now or timezone.now()
    return OutboxEmail.objects.filter(status=OutboxEmail.Status.PENDING).exclude(
        next_attempt_at__gt=now
    )


def flush(limit: int = 500) -> dict:
    """Send what is due, oldest first; used by the beat job and after an outage."""
    counts = {"sent": 0, "pending": 0, "failed": 0}
    for pk in pending_due().order_by("created_at").values_list("pk", flat=True)[:limit]:
        status = deliver(pk)
        if status in counts:
            counts[status] += 1
    return counts


def outbox_status(message: OutboxEmail) -> str:
    message.refresh_from_db(fields=["status"])
    return message.status
