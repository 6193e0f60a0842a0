"""A Celery worker killed with SIGKILL in the middle of a newsletter send or an index rebuild:
a new worker finishes the work with no one mailed twice and no one left out, and the index
that serves searches is never the half-built one."""

import datetime as dt
import time

import pytest
from django.utils import timezone, translation

from portal.models import OutboxEmail
from search import lifecycle
from search.client import get_client
from search.offers.documents import OFFERS
from search.tasks import rebuild_offer_index
from tests.faults.conftest import report, wait_until
from tests.faults.mail import recipients
from vreemdelingenrecht.nieuwsbrief.models import Delivery, NewsletterIssue
from vreemdelingenrecht.nieuwsbrief.sending import start_sending
from vreemdelingenrecht.nieuwsbrief.tasks import resume_stalled_sends

pytestmark = [pytest.mark.faults, pytest.mark.django_db(transaction=True)]

READERS = [f"reader{n:02d}@example.org" for n in range(30)]


@pytest.fixture
def issue(news, topics, subscriber_with):
    for email in READERS:
        subscriber_with(email, [topics["family"]])
    issue = NewsletterIssue.objects.create(subject_nl="Onderbroken door een kill -9")
    issue.news_items.set([news["family"], news["general"]])
    issue.save()
    return issue


def test_a_send_killed_mid_way_resumes_without_duplicates_or_gaps(issue, workers, mailbox):
    # Each message takes 0.15 s to "send", so the kill lands in the middle of the work.
    first = workers(FAULTS_MAIL_DELAY="0.15")
    start_sending(issue)
    wait_until(lambda: sum(recipients(mailbox).values()) >= 5, message="a first part sent")
    first.kill()
    sent_before_kill = sum(recipients(mailbox).values())
    assert sent_before_kill < len(READERS), "the kill came too late to test anything"

    workers()  # a new worker; the killed one's unacknowledged task comes back after 15 s
    # Beat's safety nets, as they run every minute / ten minutes in production:
    NewsletterIssue.objects.filter(pk=issue.pk).update(
        send_started_at=timezone.now() - dt.timedelta(minutes=11)
    )
    resume_stalled_sends.delay()

    def finished():
        issue.refresh_from_db()
        return (
            issue.status == NewsletterIssue.Status.SENT
            and not OutboxEmail.objects.exclude(status=OutboxEmail.Status.SENT).exists()
        )

    from portal.tasks import outbox_flush

    wait_until(lambda: outbox_flush.delay() and finished(), timeout=120, interval=2)
    got = recipients(mailbox)
    report(
        f"Worker killed mid-send: {sent_before_kill} of {len(READERS)} sent before SIGKILL, "
        f"{sum(got.values())} messages to {len(got)} readers after the resume"
    )
    assert sorted(got) == READERS  # no gaps
    assert set(got.values()) == {1}  # no duplicates
    assert Delivery.objects.filter(issue=issue).count() == len(READERS)
    assert OutboxEmail.objects.filter(category="newsletter").count() == len(READERS)


def test_a_rebuild_killed_mid_way_never_serves_a_half_index_and_the_rerun_completes(
    demo_site, places, workers, monkeypatch
):
    from aanbod.demo import catalogue as offer_factories
    from aanbod.models import OfferPage

    monkeypatch.setattr(offer_factories, "OFFER_COUNT", 24)
    with translation.override("nl"):
        offer_factories.generate(seed=42, home=demo_site)
    client = get_client()
    for name in client.indices(f"{lifecycle.alias_name(client, OFFERS)}-*"):
        client.delete_index(name)
    lifecycle.rebuild(client, OFFERS)  # the complete index that serves now
    alias = lifecycle.alias_name(client, OFFERS)
    live = OfferPage.objects.live().count()
    assert live >= 6 and client.count(alias) == live
    serving = client.alias_targets(alias)

    slow = workers(FAULTS_SLOW_REBUILD="0.5")  # two offers per batch, half a second each
    rebuild_offer_index.delay()

    def half_built():
        indices = lifecycle.versioned_indices(client, OFFERS)
        partial = [name for name in indices if name not in serving]
        if not partial:
            return False
        client.refresh(partial[0])
        return 0 < client.count(partial[0]) < live

    began = time.monotonic()
    wait_until(half_built, timeout=60, interval=0.1, message="a half-built index")
    slow.kill()
    killed_after = time.monotonic() - began
    assert client.alias_targets(alias) == serving  # searches still see the complete index
    assert client.count(alias) == live

    workers()  # the unacknowledged rebuild comes back to the new worker and runs to the end
    wait_until(lambda: client.alias_targets(alias) != serving, timeout=120, message="a rebuild")
    report(
        f"Worker killed mid-rebuild after {killed_after:.1f} s: the alias kept the complete index "
        f"({live} offers); the redelivered rebuild finished {time.monotonic() - began:.1f} s "
        "after the start"
    )
    wait_until(lambda: not lifecycle.stale_indices(client, OFFERS), timeout=30)
    client.refresh(alias)
    assert client.count(alias) == live
    hits = client.search(alias, {"query": {"match_all": {}}, "size": 1000, "_source": False})
    indexed = {int(hit["_id"]) for hit in hits["hits"]["hits"]}
    assert indexed == set(OfferPage.objects.live().values_list("pk", flat=True))
    # Only the serving index is left: the half-built one was dropped after the swap.
    assert list(lifecycle.versioned_indices(client, OFFERS)) == client.alias_targets(alias)
