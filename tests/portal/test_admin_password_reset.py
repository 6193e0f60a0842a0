"""Admin password reset: the same answer and work for every address, outbox mail, throttled."""

import re

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from portal.models import OutboxEmail

pytestmark = pytest.mark.django_db

URL = "/admin/password_reset/"


@pytest.fixture(autouse=True)
def reset_enabled(settings):
    settings.WAGTAIL_PASSWORD_RESET_ENABLED = True
    cache.clear()  # rate-limit counters live in the cache
    yield
    cache.clear()


@pytest.fixture
def editor():
    return User.objects.create_superuser("redacteur", "redacteur@example.org", "correct horse 42")


def _ask(capture, email, ip="198.51.100.20"):
    """Post the form; returns the response, the number of queries and the deferred work."""
    with CaptureQueriesContext(connection) as queries, capture(execute=False) as deferred:
        response = Client(REMOTE_ADDR=ip).post(URL, {"email": email})
    return response, len(queries), deferred


def test_known_and_unknown_addresses_get_the_same_answer_and_work(
    editor, django_capture_on_commit_callbacks
):
    known, known_queries, known_work = _ask(
        django_capture_on_commit_callbacks, "redacteur@example.org"
    )
    unknown, unknown_queries, unknown_work = _ask(
        django_capture_on_commit_callbacks, "niemand@example.org", ip="198.51.100.21"
    )
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    assert known_queries == unknown_queries
    assert len(known_work) == len(unknown_work) == 1  # one task handed to Celery, for both
    # Nothing is sent or even stored while the visitor waits.
    assert mail.outbox == []
    assert not OutboxEmail.objects.exists()


def test_the_mail_goes_through_the_outbox_and_its_link_works(
    editor, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        Client().post(URL, {"email": "redacteur@example.org"})
        Client().post(URL, {"email": "niemand@example.org"})
    queued = OutboxEmail.objects.get()
    assert queued.to == "redacteur@example.org"
    assert queued.category == "admin-password-reset"
    assert queued.status == OutboxEmail.Status.SENT
    assert [m.to for m in mail.outbox] == [["redacteur@example.org"]]
    link = re.search(r"https?://\S+(/admin/password_reset/confirm/\S+/)", mail.outbox[0].body)
    opened = Client().get(link.group(1))
    # Django swaps the token for a session marker and shows the new-password form.
    assert opened.status_code == 302 and "set-password" in opened["Location"]


def test_resets_are_throttled_per_address(editor, settings):
    settings.ADMIN_PASSWORD_RESET_RATE = "2/m"
    for attempt in range(2):
        response = Client(REMOTE_ADDR=f"198.51.100.{attempt}").post(
            URL, {"email": "redacteur@example.org"}
        )
        assert response.status_code == 302
    refused = Client(REMOTE_ADDR="198.51.100.9").post(URL, {"email": "Redacteur@Example.org"})
    assert refused.status_code == 429
    assert refused["Retry-After"] == "60"
    assert "Te veel aanvragen om een wachtwoord" in refused.content.decode()


def test_resets_are_throttled_per_ip_the_same_for_unknown_addresses(editor, settings):
    settings.ADMIN_PASSWORD_RESET_RATE = "2/m"
    browser = Client(REMOTE_ADDR="203.0.113.5")
    for email in ("a@example.org", "b@example.org"):
        assert browser.post(URL, {"email": email}).status_code == 302
    unknown = browser.post(URL, {"email": "c@example.org"})
    known = browser.post(URL, {"email": "redacteur@example.org"})
    assert unknown.status_code == known.status_code == 429
