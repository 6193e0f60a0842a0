"""Rate limits on searches and e-mailed links: per IP, a friendly 429 with Retry-After."""

import os
import subprocess
import sys

import pytest
from django.core.cache import cache
from django.urls import reverse

LIMITS = {"search": "3/m", "suggest": "3/m", "link-open": "3/m", "feed": "3/m", "api": "3/m"}


@pytest.fixture
def tight_limits(settings):
    """Real limits, low enough to reach in a test, on a cache of this test's own."""
    settings.RATE_LIMITS = LIMITS
    cache.clear()
    yield
    cache.clear()


def _hammer(client, url, times=3, **extra):
    """`times` requests that must pass, then one that must be refused."""
    for _ in range(times):
        response = client.get(url, **extra)
        assert response.status_code != 429, url
    return client.get(url, **extra)


@pytest.mark.parametrize(
    "url",
    ["/nl/search/?q=taal", "/nl/aanbodzoeker/?q=taal", "/nl/aanbodzoeker/suggest?q=ta"],
)
def test_searching_too_often_gets_a_friendly_page(client, demo_site, tight_limits, url):
    response = _hammer(client, url)
    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    if "suggest" in url:
        return  # the completions endpoint answers JSON to scripts; the page test covers HTML
    html = response.content.decode()
    assert '<html lang="nl"' in html
    assert "Wacht een minuut" in html  # the Dutch message, in plain words


def test_the_limit_counts_per_address(client, demo_site, tight_limits):
    assert _hammer(client, "/nl/search/?q=taal").status_code == 429
    other = client.get("/nl/search/?q=taal", REMOTE_ADDR="198.51.100.7")
    assert other.status_code == 200


def test_the_search_api_answers_json_with_retry_after(client, db, tight_limits):
    response = _hammer(client, "/api/v1/offers/search?q=taal", HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    assert response["Content-Language"] == "fr"
    body = response.json()
    assert "minute" in body["detail"]
    assert body["errors"] == []


@pytest.mark.parametrize(
    ("name", "kwargs"),
    [
        ("buddy:link_open", {"token": "guess"}),
        ("buddy:confirm", {"token": "guess"}),
        ("newsletter_confirm", {"token": "guess"}),
        ("newsletter_unsubscribe", {"token": "guess"}),
        ("search_alerts:confirm", {"token": "guess"}),
        ("search_alerts:unsubscribe", {"token": "guess"}),
        ("privacy:open", {"token": "guess"}),
    ],
)
def test_guessing_link_tokens_is_slowed_down(client, demo_site, tight_limits, name, kwargs):
    from django.utils import translation

    with translation.override("nl"):
        url = reverse(name, kwargs=kwargs)
    response = _hammer(client, url)
    assert response.status_code == 429, url
    assert response["Retry-After"] == "60"


def test_form_rate_limits_also_say_when_to_retry(client, demo_site, settings):
    """The form limits (portal.ratelimit.rate_limited) answer 429 too; the header is added."""
    cache.clear()
    url = reverse("newsletter_subscribe")
    statuses = [
        client.post(url, {"email": "a@example.org"}).status_code for _ in range(6)
    ]  # five a minute per address
    assert statuses[-1] == 429
    response = client.post(url, {"email": "a@example.org"})
    assert response["Retry-After"] == "60"
    cache.clear()


def test_behind_a_proxy_the_configured_header_counts(client, db, tight_limits, settings):
    settings.RATELIMIT_IP_META_KEY = "HTTP_X_REAL_IP"
    settings.TRUSTED_PROXIES = ["127.0.0.1"]  # the test client's REMOTE_ADDR is the proxy
    url = "/api/v1/offers/search?q=taal"
    assert _hammer(client, url, HTTP_X_REAL_IP="203.0.113.5").status_code == 429
    # Another visitor behind the same proxy (same REMOTE_ADDR) is not affected.
    assert client.get(url, HTTP_X_REAL_IP="203.0.113.6").status_code == 200
    # A request without the header (a probe past the proxy) is counted, not a 500.
    assert client.get(url).status_code in (200, 429)


OTHER_PROCESS = """
import django
django.setup()
from django.test import RequestFactory
from portal.ratelimit import over_request_limit
assert [over_request_limit(RequestFactory().get("/"), "search") for _ in range(3)] == [False] * 3
"""


def test_requests_of_another_process_count_too(client, db, tight_limits, settings):
    """The counters live in Redis, so gunicorn's other workers share one limit per address."""
    # Per day: a minute's counter could start afresh between the two processes' requests.
    settings.RATE_LIMITS = {**LIMITS, "search": "3/d"}
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test"}
    env["RATE_LIMIT_SEARCH"] = "3/d"
    subprocess.run([sys.executable, "-c", OTHER_PROCESS], env=env, check=True, timeout=120)
    # The other process used up this address's three searches (the test client's is 127.0.0.1).
    response = client.get("/api/v1/offers/search?q=taal")
    assert response.status_code == 429
    assert client.get("/api/v1/offers/search?q=taal", REMOTE_ADDR="198.51.100.9").status_code != 429


# --- the client address: only a trusted proxy may name it ------------------------------------

FORGED = {"HTTP_X_FORWARDED_FOR": "203.0.113.77", "HTTP_X_REAL_IP": "203.0.113.78"}


def test_a_forged_forwarded_header_from_an_untrusted_peer_is_ignored(client, db, tight_limits):
    """Straight to gunicorn, a script that writes a new X-Forwarded-For or X-Real-IP on every
    request still counts under its real address (REMOTE_ADDR)."""
    url = "/api/v1/offers/search?q=taal"
    for number in range(3):
        forged = dict.fromkeys(("HTTP_X_FORWARDED_FOR", "HTTP_X_REAL_IP"), f"192.0.2.{number}")
        assert client.get(url, REMOTE_ADDR="198.51.100.20", **forged).status_code == 200
    refused = client.get(url, REMOTE_ADDR="198.51.100.20", **FORGED)
    assert refused.status_code == 429


@pytest.mark.parametrize("meta_key", [None, "HTTP_X_FORWARDED_FOR", "HTTP_X_REAL_IP"])
def test_an_old_header_setting_trusts_nobody_without_trusted_proxies(
    client, db, tight_limits, settings, meta_key
):
    """DJANGO_RATELIMIT_IP_META_KEY alone no longer lets the client pick its bucket."""
    settings.RATELIMIT_IP_META_KEY = meta_key
    settings.TRUSTED_PROXIES = []
    url = "/api/v1/offers/search?q=taal"
    for number in range(3):
        forged = dict.fromkeys(("HTTP_X_FORWARDED_FOR", "HTTP_X_REAL_IP"), f"192.0.2.{number}")
        client.get(url, REMOTE_ADDR="198.51.100.21", **forged)
    assert client.get(url, REMOTE_ADDR="198.51.100.21", **FORGED).status_code == 429


def test_through_a_trusted_proxy_the_right_most_untrusted_hop_counts(
    client, db, tight_limits, settings
):
    """Behind the proxy (10.0.0.5), the client may write anything in front of the header; the
    proxy appends the address it saw, and that one counts."""
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    url = "/api/v1/offers/search?q=taal"
    via_proxy = {"REMOTE_ADDR": "10.0.0.5"}
    for number in range(3):
        forged_then_real = f"192.0.2.{number}, 203.0.113.5, 10.0.0.9"
        response = client.get(url, HTTP_X_FORWARDED_FOR=forged_then_real, **via_proxy)
        assert response.status_code == 200
    refused = client.get(url, HTTP_X_FORWARDED_FOR="198.51.100.1, 203.0.113.5", **via_proxy)
    assert refused.status_code == 429
    # Another visitor behind the same proxy has a bucket of its own.
    other = client.get(url, HTTP_X_FORWARDED_FOR="203.0.113.6", **via_proxy)
    assert other.status_code == 200


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        ({"REMOTE_ADDR": "198.51.100.3", "HTTP_X_FORWARDED_FOR": "1.2.3.4"}, "198.51.100.3"),
        ({"REMOTE_ADDR": "10.0.0.5"}, "10.0.0.5"),
        ({"REMOTE_ADDR": "10.0.0.5", "HTTP_X_FORWARDED_FOR": "1.2.3.4, 5.6.7.8"}, "5.6.7.8"),
        ({"REMOTE_ADDR": "10.0.0.5", "HTTP_X_FORWARDED_FOR": "1.2.3.4,10.1.1.1"}, "1.2.3.4"),
        ({"REMOTE_ADDR": "10.0.0.5", "HTTP_X_FORWARDED_FOR": "10.2.2.2, 10.1.1.1"}, "10.2.2.2"),
        ({"REMOTE_ADDR": "10.0.0.5", "HTTP_X_FORWARDED_FOR": "5.6.7.8, nonsense"}, "10.0.0.5"),
        ({"REMOTE_ADDR": "10.0.0.5", "HTTP_X_FORWARDED_FOR": "2001:db8::1"}, "2001:db8::1"),
        ({"REMOTE_ADDR": ""}, "-"),
    ],
)
def test_client_address_rules(settings, meta, expected):
    from django.test import RequestFactory

    from portal.client_ip import client_ip

    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    assert client_ip(RequestFactory().get("/", **meta)) == expected


def test_the_audit_log_records_the_same_address(rf, db, settings):
    from portal.audit import audit

    settings.TRUSTED_PROXIES = ["10.0.0.5"]
    request = rf.get("/", REMOTE_ADDR="10.0.0.5", HTTP_X_FORWARDED_FOR="192.0.2.1, 203.0.113.5")
    assert audit(request, "test.view").ip_address == "203.0.113.5"
    direct = rf.get("/", REMOTE_ADDR="198.51.100.3", HTTP_X_FORWARDED_FOR="203.0.113.5")
    assert audit(direct, "test.view").ip_address == "198.51.100.3"


# --- expensive public pages ---------------------------------------------------------------


def test_the_offer_search_feed_is_throttled(client, demo_site, tight_limits):
    """Each feed request runs up to three 100-offer searches."""
    response = _hammer(client, "/nl/aanbodzoeker/feed/?q=taal")
    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    assert "Wacht een minuut" in response.content.decode()


@pytest.mark.parametrize("url", ["/api/v1/offers/?limit=200", "/api/v1/offers/1/"])
def test_the_offer_list_api_is_throttled_with_json(client, db, tight_limits, url):
    response = _hammer(client, url, HTTP_ACCEPT_LANGUAGE="nl")
    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Language"] == "nl"
    assert "minuut" in response.json()["detail"]


def test_the_api_documents_its_429(client, db):
    spec = client.get("/api/v1/openapi.json").json()
    for path in ("/api/v1/offers/", "/api/v1/offers/{id}/", "/api/v1/offers/search"):
        assert "429" in spec["paths"][path]["get"]["responses"], path
