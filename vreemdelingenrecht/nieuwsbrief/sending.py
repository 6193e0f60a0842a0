"""Composing and sending newsletter issues: recent news, per-subscriber content, batches."""

from __future__ import annotations

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation

from portal.outbox import queue_email, render_email
from portal.queueing import enqueue
from vreemdelingenrecht.nieuwsbrief.models import Delivery, NewsletterIssue, Subscriber
from vreemdelingenrecht.nieuwsbrief.subscriptions import absolute_url, unsubscribe_url

TEMPLATE = "nieuwsbrief/emails/issue"
# By name: the tasks module imports this one (its task sends the batches).
SEND_ISSUE_TASK = "vreemdelingenrecht.nieuwsbrief.tasks.send_issue"


def batch_size() -> int:
    return int(getattr(settings, "NEWSLETTER_BATCH_SIZE", 100))


def dedupe_key(issue: NewsletterIssue, subscriber: Subscriber) -> str:
    return f"newsletter:{issue.pk}:{subscriber.pk}"


class IssueRenderer:
    """The issue's news cards in each language, computed once per batch."""

    def __init__(self, issue: NewsletterIssue):
        self.issue = issue
        items = issue.news_items.live().public().order_by("-date").prefetch_related("topics")
        self.items = list(items)
        self._cards: dict[str, list[dict]] = {}

    def cards(self, language: str) -> list[dict]:
        if language not in self._cards:
            with translation.override(language):
                self._cards[language] = [
                    {
                        "title": item.title,
                        "intro": item.intro,
                        "date": item.date,
                        "url": item.get_full_url(),
                        "topic_ids": {topic.pk for topic in item.topics.all()},
                    }
                    for item in self.items
                ]
        return self._cards[language]

    def cards_for(self, subscriber: Subscriber, topic_ids: set[int] | None = None) -> list[dict]:
        """Items on the subscriber's topics, plus items without a topic (news for everyone)."""
        if topic_ids is None:
            topic_ids = set(subscriber.topics.values_list("pk", flat=True))
        return [
            card
            for card in self.cards(subscriber.language)
            if not card["topic_ids"] or card["topic_ids"] & topic_ids
        ]

    def context(self, language: str, cards: list[dict], unsubscribe: str) -> dict:
        with translation.override(language):
            subject, intro = self.issue.subject, self.issue.intro
        return {
            "subject": subject,
            "intro": intro,
            "items": cards,
            "unsubscribe_url": unsubscribe,
            "subscribe_url": subscribe_page_url(language),
        }


def subscribe_page_url(language: str) -> str:
    with translation.override(language):
        return absolute_url(reverse("newsletter_subscribe"))


def preview(issue: NewsletterIssue, language: str) -> tuple[str, str, str]:
    """Subject, text and HTML as a subscriber to every topic would get them."""
    renderer = IssueRenderer(issue)
    context = renderer.context(language, renderer.cards(language), subscribe_page_url(language))
    return render_email(TEMPLATE, context, language)


def send_test(issue: NewsletterIssue, *, to: str, language: str):
    """A test copy to the editor; it never counts as a delivery."""
    renderer = IssueRenderer(issue)
    context = renderer.context(language, renderer.cards(language), subscribe_page_url(language))
    context["is_test"] = True
    return queue_email(
        to=to, template=TEMPLATE, context=context, language=language, category="newsletter-test"
    )


@transaction.atomic
def start_sending(issue: NewsletterIssue, user=None) -> bool:
    """Mark the issue as sending and hand it to the worker; False when it was already sent."""
    issue = NewsletterIssue.objects.select_for_update().get(pk=issue.pk)
    if issue.status == NewsletterIssue.Status.SENT:
        return False
    if issue.status == NewsletterIssue.Status.DRAFT:
        issue.status = NewsletterIssue.Status.SENDING
        issue.send_started_at = timezone.now()
        issue.sent_by = user if getattr(user, "is_authenticated", False) else None
        issue.save(update_fields=["status", "send_started_at", "sent_by"])
    # Broker down: the issue stays "sending" and resume_stalled_sends picks it up.
    transaction.on_commit(lambda: enqueue(SEND_ISSUE_TASK, issue.pk))
    return True


def deliver(renderer: IssueRenderer, subscriber: Subscriber) -> Delivery:
    """Queue this issue for one subscriber, once: the delivery row and the outbox message are
    written in one transaction, and the outbox refuses a second message with the same key."""
    issue = renderer.issue
    with transaction.atomic():
        cards = renderer.cards_for(subscriber)
        if not cards:
            delivery, _created = Delivery.objects.get_or_create(
                issue=issue, subscriber=subscriber, defaults={"status": Delivery.Status.SKIPPED}
            )
            return delivery
        leave = unsubscribe_url(subscriber)
        message = queue_email(
            to=subscriber.email,
            template=TEMPLATE,
            context=renderer.context(subscriber.language, cards, leave),
            language=subscriber.language,
            category="newsletter",
            dedupe_key=dedupe_key(issue, subscriber),
            headers={
                "List-Unsubscribe": f"<{leave}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            },
        )
        delivery, _created = Delivery.objects.get_or_create(
            issue=issue,
            subscriber=subscriber,
            defaults={"status": Delivery.Status.QUEUED, "outbox_email": message},
        )
        return delivery


def waiting_subscribers(issue: NewsletterIssue):
    """Confirmed subscribers who have no delivery of this issue yet, in a stable order."""
    return (
        Subscriber.objects.filter(status=Subscriber.Status.ACTIVE)
        .exclude(deliveries__issue=issue)
        .order_by("pk")
    )


def send_batch(issue_id: int, size: int | None = None) -> int:
    """Deliver the next batch; returns how many were handled (0 = the issue is complete)."""
    issue = NewsletterIssue.objects.filter(pk=issue_id).first()
    if issue is None or issue.status == NewsletterIssue.Status.SENT:
        return 0
    batch = list(waiting_subscribers(issue)[: size or batch_size()])
    if not batch:
        NewsletterIssue.objects.filter(pk=issue.pk).update(
            status=NewsletterIssue.Status.SENT, sent_at=timezone.now()
        )
        return 0
    renderer = IssueRenderer(issue)
    for subscriber in batch:
        deliver(renderer, subscriber)
    return len(batch)


def progress(issue: NewsletterIssue) -> dict:
    deliveries = issue.deliveries.all()
    return {
        "queued": deliveries.filter(status=Delivery.Status.QUEUED).count(),
        "sent": deliveries.filter(outbox_email__status="sent").count(),
        "skipped": deliveries.filter(status=Delivery.Status.SKIPPED).count(),
        "waiting": waiting_subscribers(issue).count(),
    }
