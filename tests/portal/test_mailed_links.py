"""E-mailed links hold an opaque token: no address in the link, a finite life, no token in logs."""

import base64
import contextlib
import datetime as dt
import logging
import re
import zlib

import pytest
from django.core import signing
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone, translation

from portal.privacy import links
from portal.privacy import models as privacy_models
from search.alerts import services as alerts
from search.alerts.models import SavedSearch
from tests.portal.gdpr_world import EMAIL, person
from vreemdelingenrecht.nieuwsbrief import subscriptions
from vreemdelingenrecht.nieuwsbrief.factories import SubscriberFactory
from vreemdelingenrecht.nieuwsbrief.models import Subscriber

pytestmark = pytest.mark.django_db

TOKEN = re.compile(r"[A-Za-z0-9_-]{43}")


@pytest.fixture(autouse=True)
def fresh_limits():
    cache.clear()
    yield
    cache.clear()


def _readable_parts(token: str) -> str:
    """Everything a reader of the link could decode from it (base64, zlib, as signing does)."""
    found = [token]
    for part in re.split(r"[:.]", token.lstrip(".")):
        try:
            raw = base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))
        except ValueError:
            continue
        found.append(raw.decode("latin-1"))
        with contextlib.suppress(zlib.error):
            found.append(zlib.decompress(raw).decode("latin-1"))
    return " ".join(found)


def _token_of(url: str) -> str:
    return url.rstrip("/>").rsplit("/", 1)[1]


def _assert_opaque(token: str, email: str):
    assert TOKEN.fullmatch(token), token
    assert email not in _readable_parts(token)
    stored = privacy_models.MailedLink.objects.values_list("digest", flat=True)
    assert token not in stored and all(token not in digest for digest in stored)


def test_a_data_page_link_holds_no_address_and_the_row_forgets_it_once_used(client):
    person()
    token = links.make_token(EMAIL)
    _assert_opaque(token, EMAIL)
    client.post(reverse("privacy:open", kwargs={"token": token}))
    link = privacy_models.MailedLink.objects.get()
    assert link.used_at is not None and link.subject == ""


def test_a_newsletter_unsubscribe_link_holds_no_address():
    # The same URL goes into the mail body and the List-Unsubscribe header (sending.deliver).
    subscriber = SubscriberFactory(email="cleo@example.org", language="en")
    _assert_opaque(_token_of(subscriptions.unsubscribe_url(subscriber)), "cleo@example.org")


def test_a_saved_search_stop_link_holds_no_address():
    saved = SavedSearch.objects.create(
        email="ana@example.org", query="q=taal", language="en", confirmed_at=timezone.now()
    )
    _assert_opaque(_token_of(alerts.unsubscribe_url(saved)), "ana@example.org")


def _expire_all():
    privacy_models.MailedLink.objects.update(expires_at=timezone.now() - dt.timedelta(seconds=1))


def test_an_unsubscribe_link_lives_a_year_then_offers_the_data_page(client):
    subscriber = SubscriberFactory(email="dirk@example.org", language="en")
    url = subscriptions.unsubscribe_url(subscriber)
    life = privacy_models.MailedLink.objects.get().expires_at - timezone.now()
    assert dt.timedelta(days=364) < life <= dt.timedelta(days=365)
    _expire_all()
    path = "/" + url.split("://", 1)[1].split("/", 1)[1]
    response = client.post(path)
    assert response.status_code == 410
    assert reverse("privacy:request") in response.content.decode()
    assert Subscriber.objects.filter(pk=subscriber.pk).exists()


def test_a_stop_link_lives_a_year_then_offers_the_data_page(client):
    saved = SavedSearch.objects.create(
        email="ana@example.org", query="", language="en", confirmed_at=timezone.now()
    )
    url = alerts.unsubscribe_url(saved)
    _expire_all()
    response = client.post("/" + url.split("://", 1)[1].split("/", 1)[1])
    assert response.status_code == 410
    with translation.override("en"):
        assert reverse("privacy:request") in response.content.decode()
    assert SavedSearch.objects.filter(pk=saved.pk).exists()


def test_signed_unsubscribe_links_of_older_mails_still_work_for_a_year(client):
    subscriber = SubscriberFactory(email="els@example.org", language="en")
    old = signing.dumps({"s": subscriber.pk, "e": subscriber.email}, salt="nieuwsbrief.unsubscribe")
    with translation.override("en"):
        path = reverse("newsletter_unsubscribe", kwargs={"token": old})
    assert client.post(path).status_code == 200
    assert not Subscriber.objects.filter(pk=subscriber.pk).exists()


class _Collect(logging.Handler):
    def __init__(self):
        super().__init__()
        self.lines = []

    def emit(self, record):
        self.lines.append(f"{record.getMessage()} {getattr(record, 'request', '')}")


def _collect(name):
    handler = _Collect()
    logger = logging.getLogger(name)
    logger.addHandler(handler)
    return logger, handler


@pytest.fixture
def request_log():
    logger, handler = _collect("django.request")
    yield handler.lines
    logger.removeHandler(handler)


@pytest.fixture
def csrf_log():
    logger, handler = _collect("django.security.csrf")
    yield handler.lines
    logger.removeHandler(handler)


def test_refused_links_are_logged_without_their_token(client, request_log):
    person()
    token = links.make_token(EMAIL)
    _expire_all()
    legacy = signing.dumps({"e": EMAIL, "n": "x"}, salt="privacy.data-page", compress=True)
    with translation.override("en"):
        paths = [
            reverse("privacy:open", kwargs={"token": token}),
            reverse("privacy:open", kwargs={"token": legacy}),
            reverse("newsletter_unsubscribe", kwargs={"token": legacy}),
            reverse("search_alerts:unsubscribe", kwargs={"token": legacy}),
            reverse("buddy:link_open", kwargs={"token": legacy}),
        ]
    for path in paths:
        assert client.get(path).status_code in (400, 410)
    logged = "\n".join(request_log)
    assert len(request_log) == len(paths), logged
    assert "/privacy/my-data/open/[token]/" in logged
    assert token not in logged and legacy not in logged


def test_a_post_without_csrf_token_is_logged_without_the_token(csrf_log):
    from django.test import Client

    token = links.make_token(EMAIL)
    path = reverse("privacy:open", kwargs={"token": token})
    assert Client(enforce_csrf_checks=True).post(path).status_code == 403
    logged = "\n".join(csrf_log)
    assert "/open/[token]/" in logged and token not in logged
