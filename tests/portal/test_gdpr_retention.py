"""Retention jobs outside the buddy app: older than the limit goes, newer stays, one audit entry."""

import datetime as dt

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.utils import timezone

from portal.celery import app
from portal.models import AuditEvent, OutboxEmail
from portal.privacy import retention, tokens
from portal.privacy.models import ErasureRecord, MailedLink
from search.alerts import privacy as saved_search_privacy
from search.alerts.models import SavedSearch
from vreemdelingenrecht.nieuwsbrief import privacy as newsletter_privacy
from vreemdelingenrecht.nieuwsbrief.factories import SubscriberFactory
from vreemdelingenrecht.nieuwsbrief.models import Delivery, NewsletterIssue, Subscriber

pytestmark = pytest.mark.django_db

NOW = timezone.now()


def _age(model, pk, field, days):
    model.objects.filter(pk=pk).update(**{field: NOW - dt.timedelta(days=days)})


def _audited(action, count):
    event = AuditEvent.objects.get(action=action)
    assert event.detail.startswith(f"{count} ")
    assert "@" not in event.detail and event.user is None


def test_the_daily_job_is_scheduled_and_registered():
    entry = settings.CELERY_BEAT_SCHEDULE["privacy-retention"]
    assert entry["task"] == "portal.privacy.tasks.retention_daily"
    app.loader.import_default_modules()  # what a worker does at start-up
    assert entry["task"] in app.tasks
    assert set(app.tasks[entry["task"]].apply().get()) == {job.name for job in retention.jobs()}


def test_old_sent_emails_go_pending_ones_stay():
    def mail(status, days):
        message = OutboxEmail.objects.create(
            to="a@example.org",
            subject="s",
            body_text="b",
            language="nl",
            category="t",
            status=status,
        )
        _age(OutboxEmail, message.pk, "created_at", days)
        return message

    old_sent, old_failed = mail("sent", 31), mail("failed", 40)
    new_sent, old_pending = mail("sent", 29), mail("pending", 60)
    assert retention.outbox_prune(NOW) == 2
    remaining = set(OutboxEmail.objects.values_list("pk", flat=True))
    assert remaining == {new_sent.pk, old_pending.pk}
    assert old_sent.pk not in remaining and old_failed.pk not in remaining
    _audited("retention.outbox_deleted", 2)


def test_the_audit_log_keeps_two_years():
    old = AuditEvent.objects.create(action="buddy.candidate_view")
    new = AuditEvent.objects.create(action="buddy.candidate_view")
    _age(AuditEvent, old.pk, "at", 731)
    _age(AuditEvent, new.pk, "at", 729)
    assert retention.audit_prune(NOW) == 1
    assert not AuditEvent.objects.filter(pk=old.pk).exists()
    assert AuditEvent.objects.filter(pk=new.pk).exists()
    _audited("retention.audit_deleted", 1)


def test_unconfirmed_saved_searches_go_after_a_week():
    old = SavedSearch.objects.create(email="a@example.org", query="q=a", language="nl")
    new = SavedSearch.objects.create(email="b@example.org", query="q=b", language="nl")
    confirmed = SavedSearch.objects.create(
        email="c@example.org", query="q=c", language="nl", confirmed_at=NOW
    )
    _age(SavedSearch, old.pk, "created_at", 8)
    _age(SavedSearch, confirmed.pk, "created_at", 30)
    assert saved_search_privacy.saved_searches_unconfirmed(NOW) == 1
    assert set(SavedSearch.objects.values_list("pk", flat=True)) == {new.pk, confirmed.pk}
    _audited("retention.saved_searches_unconfirmed", 1)


def test_saved_searches_end_after_a_year_with_a_notice(demo_site):
    old = SavedSearch.objects.create(
        email="old@example.org", query="q=taal", language="en", confirmed_at=NOW
    )
    new = SavedSearch.objects.create(
        email="new@example.org", query="q=taal", language="nl", confirmed_at=NOW
    )
    _age(SavedSearch, old.pk, "confirmed_at", 366)
    _age(SavedSearch, new.pk, "confirmed_at", 300)
    assert saved_search_privacy.saved_searches_expire(NOW) == 1
    assert list(SavedSearch.objects.values_list("pk", flat=True)) == [new.pk]
    [notice] = OutboxEmail.objects.filter(category="search_alerts-ended")
    assert notice.to == "old@example.org" and "/en/" in notice.body_text
    _audited("retention.saved_searches_expired", 1)


def test_unconfirmed_newsletter_addresses_go_after_a_week():
    old = SubscriberFactory(email="old@example.org", status="pending", confirmed_at=None)
    new = SubscriberFactory(email="new@example.org", status="pending", confirmed_at=None)
    active = SubscriberFactory(email="active@example.org")
    _age(Subscriber, old.pk, "created_at", 8)
    _age(Subscriber, active.pk, "created_at", 800)
    assert newsletter_privacy.newsletter_unconfirmed(NOW) == 1
    assert set(Subscriber.objects.values_list("pk", flat=True)) == {new.pk, active.pk}
    _audited("retention.newsletter_unconfirmed", 1)


def test_delivery_records_of_old_issues_go():
    subscriber = SubscriberFactory(email="reader@example.org")
    old_issue = NewsletterIssue.objects.create(subject="Old", status="sent", sent_at=NOW)
    new_issue = NewsletterIssue.objects.create(subject="New", status="sent", sent_at=NOW)
    _age(NewsletterIssue, old_issue.pk, "sent_at", 181)
    _age(NewsletterIssue, new_issue.pk, "sent_at", 10)
    for issue in (old_issue, new_issue):
        Delivery.objects.create(issue=issue, subscriber=subscriber, status="queued")
    assert newsletter_privacy.newsletter_deliveries(NOW) == 1
    assert list(Delivery.objects.values_list("issue__subject", flat=True)) == ["New"]
    assert Subscriber.objects.filter(pk=subscriber.pk).exists()
    _audited("retention.newsletter_deliveries", 1)


def test_links_ledger_and_sessions_are_pruned():
    tokens.issue("test", "old", dt.timedelta(minutes=60))
    tokens.issue("test", "new", dt.timedelta(minutes=60))
    # Expired two days ago: past LINK_DAYS. The other one is still valid.
    MailedLink.objects.filter(subject="old").update(expires_at=NOW - dt.timedelta(days=2))
    old_record = ErasureRecord.objects.create(scope="all", digest="a" * 64)
    new_record = ErasureRecord.objects.create(scope="all", digest="b" * 64)
    _age(ErasureRecord, old_record.pk, "erased_at", 91)
    Session.objects.create(session_key="x" * 32, session_data="", expire_date=NOW)
    counts = retention.run_all(NOW)
    assert counts["links_prune"] == 1 and counts["ledger_prune"] == 1
    assert list(MailedLink.objects.values_list("subject", flat=True)) == ["new"]
    assert list(ErasureRecord.objects.values_list("pk", flat=True)) == [new_record.pk]
    assert not Session.objects.filter(session_key="x" * 32).exists()
    _audited("retention.ledger_pruned", 1)


def test_nothing_to_do_writes_no_audit_entry():
    assert sum(retention.run_all(NOW).values()) == 0
    assert not AuditEvent.objects.exists()
