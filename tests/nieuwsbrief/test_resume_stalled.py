"""resume_stalled_sends: an issue whose task message was lost is sent; fresh or done ones not."""

import datetime as dt

import pytest
from django.utils import timezone

from portal.models import OutboxEmail
from vreemdelingenrecht.nieuwsbrief import sending
from vreemdelingenrecht.nieuwsbrief.models import Delivery, NewsletterIssue
from vreemdelingenrecht.nieuwsbrief.tasks import resume_stalled_sends

pytestmark = pytest.mark.django_db

READERS = ("lezer1@example.org", "lezer2@example.org", "lezer3@example.org")


def _issue(news, subject: str) -> NewsletterIssue:
    issue = NewsletterIssue.objects.create(subject_nl=subject)
    issue.news_items.set([news["family"], news["general"]])
    issue.save()
    return issue


def _started(issue, minutes_ago: int) -> None:
    """start_sending as when the broker lost its message: inside the test's transaction its
    on-commit hand-over to the worker never runs, so the issue stays "sending"."""
    assert sending.start_sending(issue)
    NewsletterIssue.objects.filter(pk=issue.pk).update(
        send_started_at=timezone.now() - dt.timedelta(minutes=minutes_ago)
    )


def test_only_issues_sending_for_over_ten_minutes_are_resumed(news, topics, subscriber_with):
    for email in READERS:
        subscriber_with(email, [topics["family"]])
    lost = _issue(news, "Verloren taak")
    recent = _issue(news, "Net begonnen")
    draft = _issue(news, "Nog een ontwerp")
    _started(lost, minutes_ago=25)
    _started(recent, minutes_ago=2)  # its worker may still be busy with it

    assert resume_stalled_sends.delay().get() == 1

    lost.refresh_from_db()
    assert lost.status == NewsletterIssue.Status.SENT and lost.sent_at is not None
    assert Delivery.objects.filter(issue=lost).count() == len(READERS)
    sent_to = OutboxEmail.objects.filter(category="newsletter").values_list("to", flat=True)
    assert sorted(sent_to) == sorted(READERS)  # each reader once, of the lost issue only
    recent.refresh_from_db()
    draft.refresh_from_db()
    assert recent.status == NewsletterIssue.Status.SENDING
    assert not Delivery.objects.filter(issue=recent).exists()
    assert draft.status == NewsletterIssue.Status.DRAFT and draft.send_started_at is None

    # Nothing is left to resume, and a sent issue is never sent again.
    assert resume_stalled_sends.delay().get() == 0
    assert OutboxEmail.objects.filter(category="newsletter").count() == len(READERS)
