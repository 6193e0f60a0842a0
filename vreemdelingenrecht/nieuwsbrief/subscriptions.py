"""Subscribing with double opt-in, confirming, unsubscribing, purging and exporting."""

from __future__ import annotations

import datetime as dt
import hashlib
import io

from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Site

from portal import csv_export
from portal.mail_safety import first_unconfirmed_mail
from portal.outbox import queue_email
from portal.privacy import ledger, tokens
from vreemdelingenrecht.models import Topic
from vreemdelingenrecht.nieuwsbrief.models import Subscriber

CONFIRM_SALT = "nieuwsbrief.confirm"
UNSUBSCRIBE_SALT = "nieuwsbrief.unsubscribe"
CONFIRM_MAX_AGE = dt.timedelta(days=7)
UNSUBSCRIBE_PURPOSE = "newsletter.unsubscribe"
# Long, so leaving works from any recent issue; not forever, so old mails stop being keys.
UNSUBSCRIBE_MAX_AGE = dt.timedelta(days=365)


class InvalidLink(Exception):
    """The link was changed or belongs to nobody."""


class ExpiredLink(InvalidLink):
    """The confirmation link is older than CONFIRM_MAX_AGE."""


class UsedLink(InvalidLink):
    """The confirmation link was used before (or a newer confirmation replaced it)."""


def absolute_url(path: str) -> str:
    site = Site.objects.filter(is_default_site=True).first()
    base = site.root_url if site else "http://localhost"
    return base.rstrip("/") + path


def _confirmation_state(subscriber: Subscriber) -> str:
    return subscriber.confirmed_at.isoformat() if subscriber.confirmed_at else ""


def confirm_token(subscriber: Subscriber, topic_ids: list[int], language: str) -> str:
    # "c" is the confirmation state the link was made for: confirming changes it, so each
    # link works once and an older link cannot undo a newer choice of topics.
    payload = {
        "s": subscriber.pk,
        "t": sorted(topic_ids),
        "l": language,
        "c": _confirmation_state(subscriber),
    }
    return signing.dumps(payload, salt=CONFIRM_SALT, compress=True)


def unsubscribe_token(subscriber: Subscriber) -> str:
    """An opaque token (the address never travels in the link), valid for a year."""
    return tokens.issue(UNSUBSCRIBE_PURPOSE, _unsubscribe_subject(subscriber), UNSUBSCRIBE_MAX_AGE)


def _unsubscribe_subject(subscriber: Subscriber) -> str:
    # Bound to the address too: if it is changed, old links no longer remove the row.
    return f"{subscriber.pk}:{hashlib.sha256(subscriber.email.encode()).hexdigest()[:32]}"


def localized_url(name: str, language: str, **kwargs) -> str:
    with translation.override(language):
        return absolute_url(reverse(name, kwargs=kwargs))


def unsubscribe_url(subscriber: Subscriber) -> str:
    return localized_url(
        "newsletter_unsubscribe", subscriber.language, token=unsubscribe_token(subscriber)
    )


@transaction.atomic
def request_subscription(*, email: str, topics, language: str) -> Subscriber:
    """Store (or find) the address and e-mail a confirmation link; nothing is active before."""
    email = email.strip().lower()
    subscriber, created = Subscriber.objects.get_or_create(
        email=email, defaults={"language": language}
    )
    if subscriber.status == Subscriber.Status.PENDING and subscriber.language != language:
        subscriber.language = language
        subscriber.save(update_fields=["language"])
    topics = list(topics)
    # Anyone can type any address: one confirmation mail an hour per mailbox.
    if not first_unconfirmed_mail("newsletter", email):
        return subscriber
    token = confirm_token(subscriber, [topic.pk for topic in topics], language)
    queue_email(
        to=email,
        template="nieuwsbrief/emails/confirm",
        context={
            "confirm_url": localized_url("newsletter_confirm", language, token=token),
            "topics": topics,
            "days": CONFIRM_MAX_AGE.days,
        },
        language=language,
        category="newsletter-confirm",
    )
    return subscriber


def _load(token: str, salt: str, max_age=None) -> dict:
    try:
        return signing.loads(token, salt=salt, max_age=max_age)
    except signing.SignatureExpired as error:
        raise ExpiredLink from error
    except signing.BadSignature as error:
        raise InvalidLink from error


def check_confirm_token(token: str) -> dict:
    return _load(token, CONFIRM_SALT, CONFIRM_MAX_AGE)


@transaction.atomic
def confirm(token: str) -> Subscriber:
    """Activate the subscription with the topics and language of the link."""
    payload = check_confirm_token(token)
    subscriber = Subscriber.objects.select_for_update().filter(pk=payload["s"]).first()
    if subscriber is None:
        raise InvalidLink
    if payload.get("c", "") != _confirmation_state(subscriber):
        raise UsedLink
    subscriber.status = Subscriber.Status.ACTIVE
    subscriber.confirmed_at = timezone.now()  # the latest consent
    subscriber.language = payload.get("l") or subscriber.language
    subscriber.save()
    subscriber.topics.set(Topic.objects.filter(pk__in=payload.get("t", [])))
    return subscriber


def subscriber_for_unsubscribe(token: str) -> Subscriber | None:
    """The subscriber of a valid link, or None when they already left."""
    try:
        subject = tokens.find(UNSUBSCRIBE_PURPOSE, token).subject
    except tokens.LinkError as error:
        if error.code == "expired":
            raise ExpiredLink from error
        return _legacy_unsubscribe(token)
    pk, _hash = subject.split(":", 1)
    subscriber = Subscriber.objects.filter(pk=int(pk)).first()
    if subscriber is None or _unsubscribe_subject(subscriber) != subject:
        return None
    return subscriber


def _legacy_unsubscribe(token: str) -> Subscriber | None:
    """Signed links of mails sent before the opaque tokens (they held the address): honoured
    for a year after they were made, like the new ones. Drop this after December 2027."""
    payload = _load(token, UNSUBSCRIBE_SALT, UNSUBSCRIBE_MAX_AGE)
    return Subscriber.objects.filter(pk=payload["s"], email=payload["e"]).first()


@transaction.atomic
def unsubscribe(token: str) -> bool:
    """Remove the subscriber and their data; True when there was something to remove."""
    subscriber = subscriber_for_unsubscribe(token)
    if subscriber is None:
        return False
    ledger.record(ledger.Scope.NEWSLETTER, subscriber.email)  # stays gone after a restore
    subscriber.delete()
    return True


def purge_unconfirmed(now=None) -> int:
    """Forget addresses that were never confirmed within the confirmation period."""
    cutoff = (now or timezone.now()) - CONFIRM_MAX_AGE
    deleted, _details = Subscriber.objects.filter(
        status=Subscriber.Status.PENDING, created_at__lt=cutoff
    ).delete()
    return deleted


EXPORT_HEADER = ["email", "language", "topics", "confirmed_at"]


def export_csv() -> tuple[str, int]:
    """The confirmed subscribers as CSV text, and how many there are."""
    buffer = io.StringIO()
    writer = csv_export.writer(buffer)
    writer.writerow(EXPORT_HEADER)
    rows = (
        Subscriber.objects.filter(status=Subscriber.Status.ACTIVE)
        .prefetch_related("topics")
        .order_by("email")
    )
    count = 0
    for subscriber in rows:
        writer.writerow(
            [
                subscriber.email,
                subscriber.language,
                " ".join(topic.slug for topic in subscriber.topics.all()),
                subscriber.confirmed_at.isoformat() if subscriber.confirmed_at else "",
            ]
        )
        count += 1
    return buffer.getvalue(), count
