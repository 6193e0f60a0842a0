"""Security headers on public pages, the API and the admin, and the production values."""

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import translation

ROOT = Path(__file__).resolve().parents[2]
PUBLIC_PAGES = ["/nl/", "/ar/", "/nl/aanbodzoeker/", "/nl/vreemdelingenrecht/", "/nl/oekraine/"]


def _policy(response):
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


@pytest.fixture
def hardened(settings):
    """The header settings of portal.settings.production (checked below), on this test server."""
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.SECURE_HSTS_PRELOAD = True


@pytest.fixture
def public_site(demo_site):
    """The demo site with its legal section, as `seed_demo` builds them."""
    from vreemdelingenrecht import factories as legal_factories

    call_command("load_places", verbosity=0, stdout=io.StringIO())
    with translation.override("nl"):
        legal_factories.generate(seed=42, home=demo_site)
    return demo_site


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_pages_send_a_strict_policy(client, public_site, hardened, path):
    response = client.get(path, secure=True)
    assert response.status_code == 200, path
    policy = _policy(response)
    for directive in ("script-src", "style-src", "default-src"):
        assert policy[directive] == ["'self'"], (path, directive)
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["object-src"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    # No inline script or style in the HTML itself, or the policy would break the page.
    html = response.content.decode()
    assert "<script>" not in html and " style=" not in html and "<style" not in html


def test_the_api_sends_the_same_headers(client, demo_site, hardened):
    response = client.get("/api/v1/offers/", secure=True)
    assert response.status_code == 200
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert "Strict-Transport-Security" in response


def test_only_the_admin_may_use_inline_script(client, db, hardened):
    response = client.get("/admin/login/", secure=True)
    assert response.status_code == 200
    assert "'unsafe-inline'" in _policy(response)["script-src"]  # Wagtail's admin needs it
    assert _policy(response)["frame-ancestors"] == ["'self'"]


def test_cookies_are_http_only_and_same_site(client, db):
    response = client.get("/admin/login/")
    csrf = response.cookies["csrftoken"]
    assert csrf["samesite"] == "Lax"
    client.post("/admin/login/", {"username": "x", "password": "y"})
    from django.conf import settings

    assert settings.SESSION_COOKIE_HTTPONLY is True
    assert settings.SESSION_COOKIE_SAMESITE == "Lax"


def test_production_settings_turn_every_protection_on():
    names = [
        "DEBUG", "SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS", "SECURE_HSTS_INCLUDE_SUBDOMAINS",
        "SECURE_HSTS_PRELOAD", "SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE",
        "SESSION_COOKIE_HTTPONLY", "X_FRAME_OPTIONS", "SECURE_CONTENT_TYPE_NOSNIFF",
        "SECURE_REFERRER_POLICY", "ADMIN_2FA_REQUIRED",
    ]  # fmt: skip
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL"))}
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        DJANGO_SECRET_KEY="x7#k2!" * 10,
        DATABASE_URL="postgres://wegwijs@127.0.0.1:1/wegwijs",
        DJANGO_ALLOWED_HOSTS="wegwijs.example",
    )
    script = (
        "import django, json; django.setup(); from django.conf import settings; "
        f"print(json.dumps({{n: getattr(settings, n) for n in {names!r}}}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout)
    assert values == {
        "DEBUG": False,
        "SECURE_SSL_REDIRECT": True,
        "SECURE_HSTS_SECONDS": 31536000,
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
        "SECURE_HSTS_PRELOAD": True,
        "SESSION_COOKIE_SECURE": True,
        "CSRF_COOKIE_SECURE": True,
        "SESSION_COOKIE_HTTPONLY": True,
        "X_FRAME_OPTIONS": "DENY",
        "SECURE_CONTENT_TYPE_NOSNIFF": True,
        "SECURE_REFERRER_POLICY": "strict-origin-when-cross-origin",
        "ADMIN_2FA_REQUIRED": True,
    }
