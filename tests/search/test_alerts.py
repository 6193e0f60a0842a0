"""Saved searches: double opt-in, spam protection, one-click stop, the weekly e-mail, the feed."""

import datetime as dt
import re
from html import unescape

import pytest
from django.core import mail
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone, translation

from search.alerts import services, tokens
from search.alerts.models import SavedSearch
from tests.search import finder_fixtures
from tests.search.finder_fixtures import EVENING, add_offer

finder_offers = finder_fixtures.finder_offers  # the fixture, shared with the other tests


@pytest.fixture(autouse=True)
def fresh_limits(settings):
    settings.SPAM_MIN_SECONDS = 0
    cache.clear()  # rate-limit counters of earlier tests
    yield
    cache.clear()


def url(name, language="en", **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


def post_subscribe(client, language="en", **data):
    from search.alerts.forms import AlertForm

    form = AlertForm()
    payload = {
        "email": "ana@example.org",
        "query": "postcode=9000&level=A1",
        "website": "",
        "form_started": form.fields["form_started"].initial,
        **data,
    }
    return client.post(url("search_alerts:subscribe", language), payload)


def confirm_link(message) -> str:
    return re.search(r"https?://\S+/alert/confirm/\S+/", message.body).group(0)


def test_subscribe_sends_a_confirmation_in_the_visitors_language(
    client, finder_offers, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = post_subscribe(client, "uk", query="level=A1&postcode=9000&page=3")
    assert response.status_code == 200
    saved = SavedSearch.objects.get()
    # Canonical and without the page: the same search saved twice is one subscription.
    assert (saved.email, saved.query, saved.language) == (
        "ana@example.org",
        "postcode=9000&level=A1",
        "uk",
    )
    assert saved.confirmed_at is None
    assert len(mail.outbox) == 1
    link = confirm_link(mail.outbox[0])
    assert "/uk/aanbodzoeker/alert/confirm/" in link
    path = link.split("://", 1)[1].split("/", 1)[1].join(["/", ""])
    response = client.get(path)  # what a mail scanner does too: it confirms nothing
    assert response.status_code == 200 and 'method="post"' in response.content.decode()
    saved.refresh_from_db()
    assert saved.confirmed_at is None
    response = client.post(path)
    assert response.status_code == 200
    saved.refresh_from_db()
    assert saved.confirmed_at is not None and saved.last_sent_at == saved.confirmed_at


def test_confirming_twice_or_asking_again_sends_nothing_more(
    client, finder_offers, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        post_subscribe(client)
        post_subscribe(client)  # the same day: the same confirmation e-mail, not a second one
    assert len(mail.outbox) == 1
    saved = SavedSearch.objects.get()
    assert services.confirm(tokens.confirm_token(saved.pk)).confirmed
    with django_capture_on_commit_callbacks(execute=True):
        response = post_subscribe(client)
    assert response.status_code == 200  # the visitor cannot tell the address is known
    assert len(mail.outbox) == 1


def test_spam_and_bad_addresses_are_refused_with_a_reason(client, finder_offers):
    response = post_subscribe(client, website="http://spam.example")
    assert response.status_code == 400
    response = post_subscribe(client, email="not-an-address")
    assert response.status_code == 400
    assert "Fill in an e-mail address like name@example.be." in unescape(response.content.decode())
    response = post_subscribe(client, query="level=Z9")
    assert response.status_code == 400
    assert "This search could not be saved." in unescape(response.content.decode())
    assert not SavedSearch.objects.exists()


def test_too_many_requests_are_slowed_down(client, finder_offers):
    statuses = [post_subscribe(client, email=f"p{n}@example.org").status_code for n in range(6)]
    assert statuses[:5] == [200] * 5
    assert statuses[5] == 429


def test_old_or_forged_confirmation_links_do_not_work(client, finder_offers):
    saved = SavedSearch.objects.create(email="a@example.org", query="", language="en")
    response = client.get(url("search_alerts:confirm", token=tokens.confirm_token(saved.pk) + "x"))
    assert response.status_code == 400
    assert "This link does not work" in response.content.decode()
    response = client.get(url("search_alerts:confirm", token=tokens.unsubscribe_token(saved.pk)))
    assert response.status_code == 400
    saved.refresh_from_db()
    assert saved.confirmed_at is None


def test_stop_link_shows_one_button_and_mail_programs_can_post_to_it(finder_offers):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    saved = SavedSearch.objects.create(
        email="a@example.org", query="", language="en", confirmed_at=timezone.now()
    )
    stop = url("search_alerts:unsubscribe", token=tokens.unsubscribe_token(saved.pk))
    page = client.get(stop)
    assert page.status_code == 200 and SavedSearch.objects.filter(pk=saved.pk).exists()
    assert "Yes, stop the e-mails" in page.content.decode()
    # RFC 8058: a mail program posts "List-Unsubscribe=One-Click" without a CSRF token.
    response = client.post(stop, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert not SavedSearch.objects.filter(pk=saved.pk).exists()
    assert client.post(stop).status_code == 200  # a second click is harmless
    bad = url("search_alerts:unsubscribe", token="nonsense")
    assert client.get(bad).status_code == 400


def _confirmed(query, language="en", days_ago=7):
    from aanbod.models import OfferPage

    moment = timezone.now() - dt.timedelta(days=days_ago)
    # The offers of the fixture were there before the search was saved.
    OfferPage.objects.update(first_published_at=moment - dt.timedelta(days=1))
    return SavedSearch.objects.create(
        email="ana@example.org",
        query=query,
        language=language,
        confirmed_at=moment,
        last_sent_at=moment,
    )


def test_weekly_email_lists_only_new_matching_offers(
    finder_offers, django_capture_on_commit_callbacks
):
    saved = _confirmed("postcode=9000&level=A1", language="uk")
    organisation = finder_offers["Praattafel Gent"].get_parent()
    new_match = add_offer(organisation, "Babbelbox Gent", {"postcode": "9000"}, 3, EVENING, ["A1"])
    add_offer(organisation, "Praatgroep Leuven", {"postcode": "3000"}, 3, EVENING, ["A1"])
    with django_capture_on_commit_callbacks(execute=True):
        counts = services.send_weekly()
    assert counts == {"checked": 1, "emailed": 1, "failed": 0, "removed_unconfirmed": 0}
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    # Only the offer published since the last e-mail, not the older Gent offers nor Leuven.
    assert "Babbelbox Gent" in message.body
    assert "Praattafel Gent" not in message.body and "Leuven" not in message.body
    assert new_match.url_path  # published
    stop = message.extra_headers["List-Unsubscribe"]
    assert re.fullmatch(r"<https?://[^>]+/uk/aanbodzoeker/alert/stop/[^>]+/>", stop)
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert stop[1:-1] in message.body
    assert "/uk/aanbodzoeker/?postcode=9000&level=A1" in message.body
    saved.refresh_from_db()
    assert saved.last_sent_at > timezone.now() - dt.timedelta(minutes=1)
    # The next run in the same week finds nothing due and sends nothing.
    with django_capture_on_commit_callbacks(execute=True):
        assert services.send_weekly()["checked"] == 0
    assert len(mail.outbox) == 1


def test_weekly_run_sends_nothing_without_new_offers_and_forgets_unconfirmed(finder_offers):
    _confirmed("postcode=9000")
    stale = SavedSearch.objects.create(email="b@example.org", query="", language="nl")
    SavedSearch.objects.filter(pk=stale.pk).update(created_at=timezone.now() - dt.timedelta(days=8))
    counts = services.send_weekly()
    assert counts == {"checked": 1, "emailed": 0, "failed": 0, "removed_unconfirmed": 1}
    assert mail.outbox == []


def test_a_relaxed_search_is_no_match_for_an_alert(finder_offers):
    organisation = finder_offers["Praattafel Gent"].get_parent()
    saved = _confirmed("postcode=9000&weekday=6&daypart=evening")
    add_offer(organisation, "Babbelbox Gent", {"postcode": "9000"}, 3, EVENING, ["A1"])
    assert services.new_offers(saved, saved.last_sent_at) == []


def test_feed_of_a_search(client, finder_offers):
    response = client.get(url("search_alerts:feed", "en"), {"postcode": "9000", "level": "A1"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    body = response.content.decode()
    entries = re.findall(r"<entry>.*?<title>([^<]+)</title>", body, re.S)
    assert sorted(entries) == ["Nederlands voor anderstaligen Gent", "Praattafel Gent"]
    assert 'xml:lang="en"' in body
    assert "/en/aanbodzoeker/?postcode=9000&amp;level=A1" in body
