"""Redis (broker and cache) stopped: registrations, subscriptions and a newsletter send wait in the
database; nobody sees a 500; once Redis is back everything is delivered exactly once."""

import datetime as dt
import time

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone, translation

from portal.models import OutboxEmail
from portal.tasks import outbox_flush
from tests.buddy.forms_data import register_in_steps, registration
from tests.faults import services
from tests.faults.conftest import report, wait_until
from tests.faults.mail import recipients
from tests.nieuwsbrief.conftest import form_data
from vreemdelingenrecht.nieuwsbrief.admin_views import issue_url
from vreemdelingenrecht.nieuwsbrief.models import NewsletterIssue, Subscriber
from vreemdelingenrecht.nieuwsbrief.tasks import resume_stalled_sends

pytestmark = [pytest.mark.faults, pytest.mark.django_db(transaction=True)]

READERS = [f"reader{n}@example.org" for n in range(6)]
VOLUNTEERS = [f"volunteer{n}@example.org" for n in range(3)]
NEW_SUBSCRIBERS = [f"new{n}@example.org" for n in range(3)]


def visitor() -> Client:
    return Client(raise_request_exception=False)  # a 500 comes back as a response, as in production


def url(name, language="nl", **kwargs):
    from django.urls import reverse

    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


@pytest.fixture
def issue(news, topics, subscriber_with):
    for email in READERS:
        subscriber_with(email, [topics["family"]])
    issue = NewsletterIssue.objects.create(subject_nl="Tijdens de storing")
    issue.news_items.set([news["family"], news["general"]])
    issue.save()
    return issue


def test_broker_outage_loses_nothing_and_delivers_everything_once(
    places, topics, issue, workers, mailbox
):
    workers()
    redis = services.Redis()
    statuses = []
    redis.stop()
    try:
        for path in ["/nl/", "/en/", "/en/search/?q=buddy", "/nl/aanbodzoeker/?q=taal"]:
            statuses.append(visitor().get(path).status_code)
        health = visitor().get("/healthz")
        assert health.status_code == 200
        assert health.json()["status"] == "degraded"
        assert health.json()["checks"]["broker"] == "degraded"
        assert health.json()["checks"]["cache"] == "degraded"

        for n, email in enumerate(VOLUNTEERS):
            done = register_in_steps(
                Client(raise_request_exception=False, REMOTE_ADDR=f"10.3.0.{n}"),
                url("buddy:register", "en"),
                registration(email=email),
            )
            statuses.append(done.status_code)
            assert done.status_code == 302, done.content[:500]
        for n, email in enumerate(NEW_SUBSCRIBERS):
            done = visitor().post(
                url("newsletter_subscribe", "fr"),
                form_data(email=email, topics=[topics["work"].pk]),
                REMOTE_ADDR=f"10.4.0.{n}",
            )
            statuses.append(done.status_code)
            assert done.status_code == 302, done.content[:500]

        editor = visitor()
        editor.force_login(get_user_model().objects.create_superuser("chief", "c@example.org"))
        sent = editor.post(issue_url("send", issue))
        statuses.append(sent.status_code)
        assert sent.status_code == 302

        assert all(code < 500 for code in statuses), statuses
        waiting = OutboxEmail.objects.filter(status=OutboxEmail.Status.PENDING)
        assert waiting.count() == len(VOLUNTEERS) + len(NEW_SUBSCRIBERS)
        issue.refresh_from_db()
        assert issue.status == NewsletterIssue.Status.SENDING
        assert recipients(mailbox) == {}  # nothing could be sent yet
    finally:
        redis.start()

    # What beat does once the broker is back: the outbox flush every minute, and the resume of
    # sends older than ten minutes (we let those ten minutes pass by moving the start back).
    outbox_flush.delay()
    NewsletterIssue.objects.filter(pk=issue.pk).update(
        send_started_at=timezone.now() - dt.timedelta(minutes=11)
    )
    resume_stalled_sends.delay()

    expected = dict.fromkeys(VOLUNTEERS + NEW_SUBSCRIBERS + READERS, 1)

    def all_delivered():
        issue.refresh_from_db()
        return (
            issue.status == NewsletterIssue.Status.SENT
            and not OutboxEmail.objects.exclude(status=OutboxEmail.Status.SENT).exists()
            and sum(recipients(mailbox).values()) >= len(expected)
        )

    wait_until(all_delivered, timeout=120, message="every message to be delivered")
    outbox_flush.delay()  # a second flush finds nothing left to send
    resume_stalled_sends.delay()
    wait_until(lambda: not OutboxEmail.objects.exclude(status="sent").exists(), timeout=10)
    time.sleep(3)  # room for any (wrong) second delivery to show up
    assert dict(recipients(mailbox)) == expected
    assert OutboxEmail.objects.count() == len(expected)
    assert Subscriber.objects.filter(email__in=NEW_SUBSCRIBERS).count() == len(NEW_SUBSCRIBERS)
    assert visitor().get("/healthz").json()["status"] == "ok"
    report(
        f"Redis down: {len(statuses)} requests, highest status {max(statuses)}; "
        f"{len(expected)} messages delivered exactly once after the restart"
    )
