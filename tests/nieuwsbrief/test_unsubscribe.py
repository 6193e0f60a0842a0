"""One-click unsubscribe with a signed link, also as an RFC 8058 List-Unsubscribe POST."""

import pytest
from django.test import Client

from vreemdelingenrecht.nieuwsbrief.models import Subscriber
from vreemdelingenrecht.nieuwsbrief.subscriptions import unsubscribe_url

pytestmark = pytest.mark.django_db


def path_of(link: str) -> str:
    return "/" + link.split("://", 1)[1].split("/", 1)[1]


def test_link_shows_one_button_then_deletes_the_subscriber(client, topics, subscriber_with):
    subscriber = subscriber_with("cleo@example.org", [topics["work"]], language="en")
    path = path_of(unsubscribe_url(subscriber))
    assert path.startswith("/en/newsletter/unsubscribe/")
    page = client.get(path).content.decode()
    assert "cleo@example.org" in page and 'method="post"' in page
    assert Subscriber.objects.filter(pk=subscriber.pk).exists()
    done = client.post(path)
    assert done.status_code == 200
    assert not Subscriber.objects.filter(email="cleo@example.org").exists()
    # The link keeps working (it says you are unsubscribed) and changes nothing.
    assert client.get(path).status_code == 200
    assert client.post(path).status_code == 200


def test_one_click_post_from_a_mail_client_needs_no_csrf_token(topics, subscriber_with):
    subscriber = subscriber_with("dan@example.org", [topics["family"]])
    client = Client(enforce_csrf_checks=True)
    response = client.post(path_of(unsubscribe_url(subscriber)), {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert not Subscriber.objects.filter(pk=subscriber.pk).exists()


def test_changed_link_is_refused(client, topics, subscriber_with):
    subscriber = subscriber_with("eva@example.org", [topics["family"]])
    path = path_of(unsubscribe_url(subscriber))
    response = client.post(path[:-3] + "xx/")
    assert response.status_code == 400
    assert Subscriber.objects.filter(pk=subscriber.pk).exists()


def test_a_link_for_an_old_address_does_not_remove_a_new_subscriber(topics, subscriber_with):
    subscriber = subscriber_with("fien@example.org", [topics["family"]])
    link = unsubscribe_url(subscriber)
    Subscriber.objects.filter(pk=subscriber.pk).update(email="other@example.org")
    Client().post(path_of(link))
    assert Subscriber.objects.filter(email="other@example.org").exists()
