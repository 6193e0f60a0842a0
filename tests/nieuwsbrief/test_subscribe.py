"""Double opt-in: nothing is active before the link in the e-mail is confirmed."""

import re

import pytest
from django.core import mail, signing
from django.test import Client
from django.urls import reverse
from django.utils import translation

from portal.models import OutboxEmail
from tests.nieuwsbrief.conftest import form_data
from vreemdelingenrecht.nieuwsbrief import sending
from vreemdelingenrecht.nieuwsbrief.models import NewsletterIssue, Subscriber

pytestmark = pytest.mark.django_db


def url(name, language="nl", **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs)


def confirm_link(message) -> str:
    return re.search(r"https?://\S+/newsletter/confirm/\S+/", message.body).group(0)


def subscribe(client, email, topics, language="nl", **extra):
    data = form_data(email=email, topics=[t.pk for t in topics])
    data.update(extra)
    return client.post(url("newsletter_subscribe", language), data, REMOTE_ADDR="10.1.0.1")


def test_form_lists_topics_with_labels_and_spam_fields(client, topics):
    html = client.get(url("newsletter_subscribe")).content.decode()
    assert html.count('type="checkbox" name="topics"') == 3
    assert '<label for="id_email">' in html
    assert 'name="website"' in html and 'name="form_started"' in html


def test_double_opt_in(client, topics, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = subscribe(client, "Ana@Example.org", [topics["family"], topics["work"]], "uk")
    assert response.status_code == 302
    assert response["Location"] == url("newsletter_check_mail", "uk")
    subscriber = Subscriber.objects.get()
    assert subscriber.email == "ana@example.org"
    assert subscriber.status == Subscriber.Status.PENDING
    assert subscriber.language == "uk"
    assert subscriber.topics.count() == 0  # topics only count once confirmed
    (message,) = mail.outbox
    assert message.to == ["ana@example.org"]
    assert re.search("[а-яєії]{4}", message.subject.lower())  # written in Ukrainian
    assert OutboxEmail.objects.get().language == "uk"

    # Not confirmed yet: an issue does not reach this address.
    assert not sending.waiting_subscribers(NewsletterIssue.objects.create(subject="x")).exists()

    link = confirm_link(message)
    path = link.split("://", 1)[1].split("/", 1)[1]
    page = client.get("/" + path)
    assert page.status_code == 200 and '<form method="post"' in page.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.PENDING  # opening the link is not enough
    done = client.post("/" + path)
    assert done.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.ACTIVE
    assert subscriber.confirmed_at is not None
    assert {t.slug for t in subscriber.topics.all()} == {"gezinshereniging", "werk"}


def test_subscribing_again_changes_topics_only_after_confirmation(
    client, topics, subscriber_with, django_capture_on_commit_callbacks
):
    existing = subscriber_with("ben@example.org", [topics["family"]])
    with django_capture_on_commit_callbacks(execute=True):
        subscribe(client, "ben@example.org", [topics["asylum"]])
    assert Subscriber.objects.count() == 1
    existing.refresh_from_db()
    assert [t.slug for t in existing.topics.all()] == ["gezinshereniging"]
    path = "/" + confirm_link(mail.outbox[-1]).split("://", 1)[1].split("/", 1)[1]
    client.post(path)
    assert [t.slug for t in existing.topics.all()] == ["asiel"]


def test_changed_confirmation_link_is_refused(client, topics):
    response = client.post(url("newsletter_confirm", token="abc:def"))
    assert response.status_code == 400
    assert "not complete or was changed" in response.content.decode() or (
        "niet volledig of werd veranderd" in response.content.decode()
    )
    assert not Subscriber.objects.filter(status=Subscriber.Status.ACTIVE).exists()


def test_expired_confirmation_link_is_refused(client, topics, monkeypatch):
    subscriber = Subscriber.objects.create(email="old@example.org", language="nl")
    real_time = signing.time.time
    monkeypatch.setattr(signing.time, "time", lambda: real_time() - 8 * 24 * 3600)
    from vreemdelingenrecht.nieuwsbrief.subscriptions import confirm_token

    token = confirm_token(subscriber, [topics["work"].pk], "nl")
    monkeypatch.setattr(signing.time, "time", real_time)
    response = client.post(url("newsletter_confirm", token=token))
    assert response.status_code == 410
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.PENDING


def test_missing_fields_get_clear_errors_in_the_visitor_language(client, topics):
    response = client.post(url("newsletter_subscribe", "nl"), form_data(email="geen-adres"))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'role="alert"' in html and 'aria-invalid="true"' in html
    with translation.override("nl"):
        from vreemdelingenrecht.nieuwsbrief.forms import SubscribeForm

        form = SubscribeForm(form_data(email="geen-adres"))
        form.is_valid()
        expected = [str(form.errors["email"][0]), str(form.errors["topics"][0])]
    for message in expected:
        assert message in html
    assert not Subscriber.objects.exists()


def test_honeypot_blocks_bots(client, topics):
    response = subscribe(client, "bot@example.org", [topics["work"]], website="http://spam")
    assert response.status_code == 200
    assert not Subscriber.objects.exists()


def test_rate_limit_per_address(client, topics):
    for attempt in range(5):
        data = form_data(email="flood@example.org", topics=[topics["work"].pk])
        ok = client.post(url("newsletter_subscribe"), data, REMOTE_ADDR=f"10.9.0.{attempt}")
        assert ok.status_code == 302
    blocked = Client().post(
        url("newsletter_subscribe"),
        form_data(email="flood@example.org", topics=[topics["work"].pk]),
        REMOTE_ADDR="10.9.1.1",
    )
    assert blocked.status_code == 429
    assert 'role="alert"' in blocked.content.decode()


def test_unconfirmed_addresses_are_forgotten_after_seven_days(topics):
    import datetime as dt

    from django.utils import timezone

    from vreemdelingenrecht.nieuwsbrief.subscriptions import purge_unconfirmed

    old = Subscriber.objects.create(email="stale@example.org", language="nl")
    Subscriber.objects.filter(pk=old.pk).update(created_at=timezone.now() - dt.timedelta(days=8))
    Subscriber.objects.create(email="fresh@example.org", language="nl")
    Subscriber.objects.create(
        email="kept@example.org", language="nl", status=Subscriber.Status.ACTIVE
    )
    Subscriber.objects.filter(email="kept@example.org").update(
        created_at=timezone.now() - dt.timedelta(days=30)
    )
    assert purge_unconfirmed() == 1
    assert set(Subscriber.objects.values_list("email", flat=True)) == {
        "fresh@example.org",
        "kept@example.org",
    }
