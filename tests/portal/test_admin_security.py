"""Admin sign-in: one-time codes for admin users, throttled login, no user enumeration."""

import re

import pytest
from django.contrib.auth.models import User
from django.core.cache import cache
from django.test import Client
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_limits():
    cache.clear()  # rate-limit counters live in the cache
    yield
    cache.clear()


@pytest.fixture
def two_factor(settings):
    settings.ADMIN_2FA_REQUIRED = True


@pytest.fixture
def editor():
    return User.objects.create_superuser("redacteur", "redacteur@example.org", "correct horse 42")


def _current_code(device):
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():06d}"


def test_admin_user_without_a_device_must_link_an_app_first(client, editor, two_factor):
    client.force_login(editor)
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/2fa/setup/?next=/admin/pages/")

    page = client.get(response["Location"])
    assert page.status_code == 200
    assert b"<svg" in page.content  # the QR code, drawn inline: no third-party image service
    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    assert device.config_url.startswith("otpauth://totp/Wegwijs")


def test_linking_an_app_needs_one_right_code(client, editor, two_factor, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0  # no wait after the wrong code; tested below
    client.force_login(editor)
    client.get("/admin/2fa/setup/")
    device = TOTPDevice.objects.get(user=editor)

    wrong = client.post("/admin/2fa/setup/", {"code": "000000", "next": "/admin/pages/"})
    assert wrong.status_code == 400
    assert "Deze code klopt niet" in wrong.content.decode()
    assert client.get("/admin/pages/").status_code == 302

    right = client.post(
        "/admin/2fa/setup/", {"code": _current_code(device), "next": "/admin/pages/"}
    )
    assert right.status_code == 302 and right["Location"] == "/admin/pages/"
    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/admin/pages/").status_code == 200


def test_a_new_session_asks_for_the_code_again(editor, two_factor):
    device = TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    browser = Client()
    browser.force_login(editor)
    response = browser.get("/admin/")
    assert response["Location"].startswith("/admin/2fa/verify/")
    # The setup page cannot be used to add a second device without the first one's code.
    assert browser.get("/admin/2fa/setup/")["Location"] == "/admin/2fa/verify/"

    assert browser.post("/admin/2fa/verify/", {"code": "12 34 5"}).status_code == 400
    ok = browser.post("/admin/2fa/verify/", {"code": _current_code(device), "next": "/admin/"})
    assert ok.status_code == 302
    assert browser.get("/admin/").status_code == 200


def test_wrong_codes_are_throttled(client, editor, two_factor):
    device = TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    client.force_login(editor)
    client.post("/admin/2fa/verify/", {"code": "000000"})
    # django-otp now makes the device wait; even the right code is refused for a while.
    blocked = client.post("/admin/2fa/verify/", {"code": _current_code(device)})
    assert blocked.status_code == 400
    assert "Te veel foute codes" in blocked.content.decode()


def test_the_code_page_refuses_an_outside_next_url(client, editor, two_factor):
    device = TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    client.force_login(editor)
    response = client.post(
        "/admin/2fa/verify/", {"code": _current_code(device), "next": "https://evil.example/"}
    )
    assert response["Location"] == "/admin/"


def test_people_without_admin_access_never_see_the_code_pages(client, two_factor):
    volunteer = User.objects.create_user("vrijwilliger", password="correct horse 42")
    client.force_login(volunteer)
    assert client.get("/admin/")["Location"].startswith("/admin/login/")
    assert client.get("/admin/2fa/verify/")["Location"].startswith("/admin/login/")
    assert client.get("/nl/").status_code in (200, 404)  # the public site is never redirected


def test_login_is_throttled_per_user_name_with_a_looser_limit(editor, settings):
    settings.ADMIN_LOGIN_RATE = "2/m"
    settings.ADMIN_LOGIN_USERNAME_RATE = "3/m"
    for attempt in range(3):
        # Each attempt from another address: the user name alone trips the limit.
        response = Client(REMOTE_ADDR=f"198.51.100.{attempt}").post(
            "/admin/login/", {"username": "redacteur", "password": "wrong"}
        )
        assert response.status_code == 200
    refused = Client(REMOTE_ADDR="198.51.100.9").post(
        "/admin/login/", {"username": "redacteur", "password": "correct horse 42"}
    )
    assert refused.status_code == 429
    assert refused["Retry-After"] == "60"
    assert "Te veel pogingen om aan te melden" in refused.content.decode()
    assert "_auth_user_id" not in refused.wsgi_request.session  # not signed in


def test_an_attacker_locks_their_own_address_not_the_account(editor, settings):
    settings.ADMIN_LOGIN_RATE = "3/m"
    settings.ADMIN_LOGIN_USERNAME_RATE = "20/m"
    attacker = Client(REMOTE_ADDR="203.0.113.66")
    for _ in range(3):
        attacker.post("/admin/login/", {"username": "redacteur", "password": "guess"})
    assert (
        attacker.post(
            "/admin/login/", {"username": "redacteur", "password": "correct horse 42"}
        ).status_code
        == 429
    )
    owner = Client(REMOTE_ADDR="192.0.2.50")
    signed_in = owner.post(
        "/admin/login/", {"username": "redacteur", "password": "correct horse 42"}
    )
    assert signed_in.status_code == 302


def test_a_code_from_a_known_device_unlocks_the_account(editor, settings, two_factor):
    settings.ADMIN_LOGIN_RATE = "5/m"
    settings.ADMIN_LOGIN_USERNAME_RATE = "3/m"
    device = TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    for attempt in range(3):
        Client(REMOTE_ADDR=f"203.0.113.{attempt}").post(
            "/admin/login/", {"username": "redacteur", "password": "guess"}
        )
    login = {"username": "redacteur", "password": "correct horse 42"}
    assert Client(REMOTE_ADDR="192.0.2.50").post("/admin/login/", login).status_code == 429

    # Still signed in on the office computer: the code from the linked app proves who it is.
    office = Client(REMOTE_ADDR="192.0.2.50")
    office.force_login(editor)
    verified = office.post("/admin/2fa/verify/", {"code": _current_code(device), "next": "/admin/"})
    assert verified.status_code == 302

    assert Client(REMOTE_ADDR="192.0.2.51").post("/admin/login/", login).status_code == 302


def test_login_is_throttled_per_address(editor, settings):
    settings.ADMIN_LOGIN_RATE = "3/m"
    browser = Client(REMOTE_ADDR="203.0.113.5")
    for name in ("a", "b", "c"):
        assert browser.post("/admin/login/", {"username": name, "password": "x"}).status_code == 200
    assert browser.post("/admin/login/", {"username": "d", "password": "x"}).status_code == 429


def test_login_works_below_the_limit(client, editor):
    response = client.post(
        "/admin/login/", {"username": "redacteur", "password": "correct horse 42"}
    )
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def _error_text(response):
    return re.findall(r'<li class="error">(.*?)</li>', response.content.decode(), re.S)


def test_login_error_does_not_tell_which_accounts_exist(editor):
    known = Client().post("/admin/login/", {"username": "redacteur", "password": "wrong"})
    unknown = Client().post("/admin/login/", {"username": "niemand", "password": "wrong"})
    assert known.status_code == unknown.status_code == 200
    assert _error_text(known) == _error_text(unknown)
    assert _error_text(known)  # there is an error, and it is the same one
