"""The newsletter's personal data: the subscription on the data page, and its retention jobs."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.privacy import holders, ledger, retention
from vreemdelingenrecht.nieuwsbrief import subscriptions
from vreemdelingenrecht.nieuwsbrief.models import Delivery, NewsletterIssue, Subscriber

DELIVERY_DAYS = 180  # who got which issue, once the issue is sent (PRIVACY_RETENTION key below)


def _subscribers(email: str):
    return Subscriber.objects.filter(email=email)


def _export(email: str) -> list:
    return [
        {
            "email": subscriber.email,
            "status": subscriber.status,
            "language": subscriber.language,
            "topics": [topic.slug for topic in subscriber.topics.all()],
            "signed_up_at": holders.iso(subscriber.created_at),
            "confirmed_at": holders.iso(subscriber.confirmed_at),
            "issues_sent": [
                {
                    "subject": delivery.issue.subject,
                    "status": delivery.status,
                    "at": holders.iso(delivery.created_at),
                }
                for delivery in subscriber.deliveries.select_related("issue").order_by("pk")
            ],
        }
        for subscriber in _subscribers(email).prefetch_related("topics")
    ]


def _erase(email: str) -> int:
    count = _subscribers(email).count()
    _subscribers(email).delete()  # deliveries go with it (cascade)
    return count


def _addresses():
    return Subscriber.objects.values_list("email", flat=True)


def newsletter_unconfirmed(now: dt.datetime | None = None) -> int:
    return retention.logged(
        "retention.newsletter_unconfirmed",
        subscriptions.purge_unconfirmed(now),
        "unconfirmed newsletter addresses",
    )


def newsletter_deliveries(now: dt.datetime | None = None) -> int:
    cutoff = (now or timezone.now()) - retention.limit("NEWSLETTER_DELIVERY_DAYS", DELIVERY_DAYS)
    count, _details = Delivery.objects.filter(
        issue__status=NewsletterIssue.Status.SENT, issue__sent_at__lt=cutoff
    ).delete()
    return retention.logged(
        "retention.newsletter_deliveries", count, "delivery records of old issues"
    )


def register() -> None:
    holders.register(
        holders.Holder(
            kind="newsletter",
            label=_("My newsletter subscription"),
            position=20,
            records=_subscribers,
            export=_export,
            erase=_erase,
            addresses=_addresses,
            scope=ledger.Scope.NEWSLETTER,
        )
    )
    retention.register("newsletter_unconfirmed", newsletter_unconfirmed, 50)
    retention.register("newsletter_deliveries", newsletter_deliveries, 60)
