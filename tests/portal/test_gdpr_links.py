"""Every e-mailed link that signs someone in or confirms something works once and expires."""

import pytest
from django.core import signing
from django.urls import reverse
from django.utils import translation

from buddy.factories import CandidateFactory
from buddy.models import Candidate
from buddy.services import links as buddy_links
from search.alerts import services as alerts
from search.alerts import tokens as alert_tokens
from search.alerts.models import SavedSearch
from vreemdelingenrecht.nieuwsbrief import subscriptions
from vreemdelingenrecht.nieuwsbrief.factories import SubscriberFactory
from vreemdelingenrecht.nieuwsbrief.models import Subscriber

pytestmark = pytest.mark.django_db

DAY = 24 * 3600


def _signed_days_ago(monkeypatch, days, make):
    real = signing.time.time
    monkeypatch.setattr(signing.time, "time", lambda: real() - days * DAY)
    token = make()
    monkeypatch.setattr(signing.time, "time", real)
    return token


def test_buddy_confirmation_link_works_once(client):
    candidate = CandidateFactory(status=Candidate.Status.UNCONFIRMED, confirmed_at=None)
    url = buddy_links.confirm_url(candidate)
    assert client.post(url).status_code == 302
    again = client.post(url)
    assert again.status_code == 400 and again.context["code"] == "used"


def test_buddy_confirmation_link_expires_with_the_registration(client, monkeypatch):
    candidate = CandidateFactory(status=Candidate.Status.UNCONFIRMED, confirmed_at=None)
    with translation.override("nl"):
        url = _signed_days_ago(monkeypatch, 15, lambda: buddy_links.confirm_url(candidate))
    response = client.get(url)
    assert response.status_code == 400 and response.context["code"] == "expired"
    assert Candidate.objects.get(pk=candidate.pk).status == Candidate.Status.UNCONFIRMED


def test_using_one_buddy_link_ends_every_older_link(client):
    candidate = CandidateFactory()
    first, second = buddy_links.magic_url(candidate), buddy_links.magic_url(candidate)
    assert client.post(second).status_code == 302
    response = client.get(first)
    assert response.status_code == 400 and response.context["code"] == "used"


def test_buddy_magic_link_expires_after_72_hours(client, monkeypatch):
    candidate = CandidateFactory()
    url = _signed_days_ago(monkeypatch, 3.1, lambda: buddy_links.magic_url(candidate))
    response = client.get(url)
    assert response.status_code == 400 and response.context["code"] == "expired"
    fresh = _signed_days_ago(monkeypatch, 2.9, lambda: buddy_links.magic_url(candidate))
    assert client.post(fresh).status_code == 302


def test_newsletter_confirmation_link_works_once(client):
    subscriber = SubscriberFactory(email="n@example.org", status="pending", confirmed_at=None)
    token = subscriptions.confirm_token(subscriber, [], "nl")
    url = reverse("newsletter_confirm", kwargs={"token": token})
    assert client.post(url).status_code == 200
    assert Subscriber.objects.get(pk=subscriber.pk).status == "active"
    assert client.post(url).status_code == 400
    with pytest.raises(subscriptions.UsedLink):
        subscriptions.confirm(token)


def test_an_older_newsletter_link_cannot_undo_a_newer_choice(topics_pair):
    subscriber = SubscriberFactory(email="m@example.org", status="pending", confirmed_at=None)
    old, new = topics_pair
    old_token = subscriptions.confirm_token(subscriber, [old.pk], "nl")
    new_token = subscriptions.confirm_token(subscriber, [new.pk], "nl")
    subscriptions.confirm(new_token)
    with pytest.raises(subscriptions.UsedLink):
        subscriptions.confirm(old_token)
    assert [t.pk for t in Subscriber.objects.get(pk=subscriber.pk).topics.all()] == [new.pk]


@pytest.fixture
def topics_pair(db):
    from vreemdelingenrecht.factories import TopicFactory

    return TopicFactory(name="Werk", slug="werk"), TopicFactory(name="Asiel", slug="asiel")


def test_newsletter_confirmation_link_expires_after_seven_days(monkeypatch):
    subscriber = SubscriberFactory(email="e@example.org", status="pending", confirmed_at=None)
    token = _signed_days_ago(
        monkeypatch, 8, lambda: subscriptions.confirm_token(subscriber, [], "nl")
    )
    with pytest.raises(subscriptions.ExpiredLink):
        subscriptions.confirm(token)


def test_saved_search_confirmation_expires_and_a_second_use_changes_nothing(monkeypatch):
    saved = SavedSearch.objects.create(email="s@example.org", query="q=a", language="nl")
    old = _signed_days_ago(monkeypatch, 8, lambda: alert_tokens.confirm_token(saved.pk))
    assert alerts.confirm(old) is None
    token = alert_tokens.confirm_token(saved.pk)
    first = alerts.confirm(token).confirmed_at
    assert alerts.confirm(token).confirmed_at == first


def test_unsubscribe_links_never_expire_by_design(monkeypatch):
    """RFC 8058 and the law: leaving must always work, also from a mail of last year."""
    subscriber = SubscriberFactory(email="u@example.org")
    token = _signed_days_ago(monkeypatch, 400, lambda: subscriptions.unsubscribe_token(subscriber))
    assert subscriptions.unsubscribe(token)
    assert not Subscriber.objects.filter(pk=subscriber.pk).exists()
    assert subscriptions.subscriber_for_unsubscribe(token) is None  # used: nothing left
