"""A real Celery worker: a send that crashes mid-batch resumes without sending anyone twice."""

import time

import pytest
from django.core import mail

from portal.models import OutboxEmail
from vreemdelingenrecht.nieuwsbrief import sending
from vreemdelingenrecht.nieuwsbrief.models import Delivery, NewsletterIssue
from vreemdelingenrecht.nieuwsbrief.tasks import send_issue

pytestmark = [pytest.mark.celery, pytest.mark.django_db(transaction=True)]

SUBSCRIBERS = 7


def wait_until(condition, timeout=90.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise AssertionError("timed out waiting for the worker")


def all_sent(issue):
    def check():
        issue.refresh_from_db()
        outbox = OutboxEmail.objects.filter(category="newsletter")
        return (
            issue.status == NewsletterIssue.Status.SENT
            and outbox.count() == SUBSCRIBERS
            and not outbox.exclude(status=OutboxEmail.Status.SENT).exists()
            and len(mail.outbox) >= SUBSCRIBERS
        )

    return check


@pytest.fixture
def audience(news, topics, subscriber_with):
    emails = [f"lezer{n}@example.org" for n in range(SUBSCRIBERS)]
    for email in emails:
        subscriber_with(email, [topics["family"]])
    issue = NewsletterIssue.objects.create(subject_nl="Onderbroken verzending")
    issue.news_items.set([news["family"], news["general"]])
    issue.save()  # parental relations are stored on save
    return issue, emails


def test_interrupted_send_resumes_without_duplicates(
    celery_worker, audience, monkeypatch, settings
):
    issue, emails = audience
    settings.NEWSLETTER_BATCH_SIZE = 3
    real_deliver = sending.deliver
    calls = {"count": 0, "crashed": 0}

    def crash_once_in_the_second_batch(renderer, subscriber):
        calls["count"] += 1
        if calls["count"] == 5 and not calls["crashed"]:
            calls["crashed"] += 1  # 4 of 7 done, the worker "crashes" mid-batch
            raise RuntimeError("simulated crash during the send")
        return real_deliver(renderer, subscriber)

    monkeypatch.setattr(sending, "deliver", crash_once_in_the_second_batch)
    sending.start_sending(issue)
    wait_until(all_sent(issue))

    assert calls["crashed"] == 1
    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert recipients == sorted(emails)  # everyone exactly once
    assert Delivery.objects.filter(issue=issue).count() == SUBSCRIBERS
    assert (
        Delivery.objects.filter(issue=issue, outbox_email__status=OutboxEmail.Status.SENT).count()
        == SUBSCRIBERS
    )


def test_rerunning_a_finished_or_half_recorded_send_sends_nothing_twice(
    celery_worker, audience, settings
):
    issue, emails = audience
    settings.NEWSLETTER_BATCH_SIZE = 4
    sending.start_sending(issue)
    wait_until(all_sent(issue))
    assert len(mail.outbox) == SUBSCRIBERS

    # As if the worker died after the outbox write but before the delivery row was kept:
    # remove two delivery rows, reopen the issue, run the task again.
    lost = list(Delivery.objects.filter(issue=issue).order_by("pk")[:2])
    Delivery.objects.filter(pk__in=[d.pk for d in lost]).delete()
    NewsletterIssue.objects.filter(pk=issue.pk).update(status=NewsletterIssue.Status.SENDING)
    send_issue.delay(issue.pk)
    wait_until(lambda: Delivery.objects.filter(issue=issue).count() == SUBSCRIBERS)
    wait_until(all_sent(issue))
    time.sleep(1.0)  # give any (wrong) extra outbox delivery the time to show up

    assert len(mail.outbox) == SUBSCRIBERS
    assert OutboxEmail.objects.filter(category="newsletter").count() == SUBSCRIBERS
    # The restored rows point at the original messages (found by the dedupe key).
    for delivery in lost:
        restored = Delivery.objects.get(issue=issue, subscriber=delivery.subscriber)
        assert restored.outbox_email_id == delivery.outbox_email_id
