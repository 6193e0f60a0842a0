"""Spam protection (honeypot and timer), rate limits and the audit log shared by public forms."""

import hashlib
import time

import pytest
from django import forms
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import RequestFactory

from portal.audit import audit
from portal.forms import SpamProtectedForm
from portal.models import AuditEvent
from portal.ratelimit import rate_limited


class ContactForm(SpamProtectedForm):
    email = forms.EmailField()


class OtherForm(SpamProtectedForm):
    name = forms.CharField()


def _token(seconds_ago: float, form_class=None) -> str:
    """The timer token that `form_class` (ContactForm) renders, as if opened `seconds_ago`."""
    original = time.time
    time.time = lambda: original() - seconds_ago
    try:
        return (form_class or ContactForm)().fields["form_started"].initial
    finally:
        time.time = original


@pytest.fixture
def fresh_cache():
    cache.clear()  # used timer tokens and rate-limit counters live in the cache
    yield
    cache.clear()


def test_a_person_who_takes_their_time_passes():
    form = ContactForm({"email": "a@example.org", "website": "", "form_started": _token(10)})
    assert form.is_valid(), form.errors


def test_a_timer_token_counts_once(fresh_cache):
    token = _token(10)
    assert ContactForm({"email": "a@example.org", "form_started": token}).is_valid()
    replay = ContactForm({"email": "b@example.org", "form_started": token})
    assert not replay.is_valid()
    assert replay.non_field_errors().as_data()[0].code == "replayed"
    assert "al verstuurd" in replay.non_field_errors()[0]
    # The form shown again carries a fresh token, so a person can simply send it once more.
    renewed = replay.data["form_started"]
    assert renewed != token
    assert (
        ContactForm({"email": "b@example.org", "form_started": renewed})
        .errors.as_data()["__all__"][0]
        .code
        == "too_fast"
    )


def test_a_form_with_mistakes_keeps_its_token(fresh_cache):
    token = _token(10)
    assert not ContactForm({"email": "not an address", "form_started": token}).is_valid()
    assert ContactForm({"email": "a@example.org", "form_started": token}).is_valid()


def test_a_timer_token_of_another_form_is_refused(fresh_cache):
    token = _token(10, OtherForm)
    form = ContactForm({"email": "a@example.org", "form_started": token})
    assert not form.is_valid()
    assert form.non_field_errors().as_data()[0].code == "honeypot"
    assert OtherForm({"name": "Ana", "form_started": token}).is_valid()  # its own form takes it


def test_filled_honeypot_is_refused():
    form = ContactForm(
        {"email": "a@example.org", "website": "http://spam", "form_started": _token(10)}
    )
    assert not form.is_valid()
    assert form.non_field_errors().as_data()[0].code == "honeypot"


def test_too_fast_is_refused_with_a_clear_message():
    form = ContactForm({"email": "a@example.org", "form_started": _token(0)})
    assert not form.is_valid()
    assert form.non_field_errors().as_data()[0].code == "too_fast"
    assert "heel snel" in form.non_field_errors()[0]  # the suite runs in Dutch


def test_forged_or_missing_timer_is_refused():
    for token in ("", "form:abc:forged"):
        form = ContactForm({"email": "a@example.org", "form_started": token})
        assert not form.is_valid()


def test_expired_timer_is_refused_and_renewed():
    form = ContactForm({"email": "a@example.org", "form_started": _token(2 * 24 * 3600)})
    assert not form.is_valid()
    assert form.non_field_errors().as_data()[0].code == "expired"
    renewed = form.data["form_started"]
    assert ContactForm({"email": "a@example.org", "form_started": renewed}).fields


def test_error_messages_follow_the_language():
    from django.utils import translation

    for language, words in (("en", "very quickly"), ("fr", "très vite"), ("uk", "дуже швидко")):
        with translation.override(language):
            form = ContactForm({"email": "a@example.org", "form_started": _token(0)})
            form.is_valid()
            assert words in form.non_field_errors()[0]


def _post(ip="198.51.100.7"):
    return RequestFactory().post("/", REMOTE_ADDR=ip)


def test_rate_limit_per_ip_and_per_identifier():
    group = f"test-{time.time()}"
    assert not any(rate_limited(_post(), group, "3/m") for _ in range(3))
    assert rate_limited(_post(), group, "3/m")
    assert not rate_limited(_post("198.51.100.8"), group, "3/m")
    # The same e-mail from ever new addresses is still limited.
    results = [
        rate_limited(_post(f"203.0.113.{i}"), group, "3/m", identifier="A@x.org") for i in range(4)
    ]
    assert results == [False, False, False, True]


def test_rate_limit_keys_for_addresses_are_keyed_hashes(settings):
    from portal.ratelimit import _identifier_key

    digest = _identifier_key(" Ana@Example.org ")("group", _post())
    assert digest == _identifier_key("ana@example.org")("group", _post())
    # Not the plain SHA-256 that anyone can compute from a list of addresses...
    assert digest != hashlib.sha256(b"ana@example.org").hexdigest()
    # ...but a keyed one: another secret gives another key.
    settings.SECRET_KEY = "another-secret-key-" * 3
    assert _identifier_key("ana@example.org")("group", _post()) != digest


def test_showing_a_form_does_not_count():
    group = f"test-get-{time.time()}"
    get = RequestFactory().get("/", REMOTE_ADDR="198.51.100.9")
    assert not any(rate_limited(get, group, "1/m") for _ in range(5))


@pytest.mark.django_db
def test_audit_records_who_what_and_from_where():
    user = get_user_model().objects.create_user("coordinator", password="x")
    request = RequestFactory().get("/", REMOTE_ADDR="192.0.2.1")
    request.user = user
    event = audit(request, "candidate.view", obj=user, detail="cockpit")
    assert (event.username, event.action, event.object_type, event.ip_address) == (
        "coordinator",
        "candidate.view",
        "auth.User",
        "192.0.2.1",
    )
    system = audit(None, "retention.anonymise", detail="3 candidates")
    assert system.user is None and system.username == ""
    assert AuditEvent.objects.count() == 2
