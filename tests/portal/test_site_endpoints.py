"""Health check, robots.txt, error pages, footer settings and security headers."""

import pytest

pytestmark = pytest.mark.django_db


def test_healthz_checks_database_and_cache(client, settings):
    settings.SEARCH = {**settings.SEARCH, "URL": ""}
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": {"database": "ok", "cache": "ok"}}
    assert "no-cache" in response.headers["Cache-Control"]


def test_healthz_checks_the_broker_when_tasks_are_queued(client, settings):
    if not settings.CELERY_BROKER_URL.startswith("redis://"):
        pytest.fail("make test provides a Redis broker")
    settings.CELERY_TASK_ALWAYS_EAGER = False
    response = client.get("/healthz")
    assert response.json()["checks"]["broker"] == "ok"


def test_healthz_reports_a_broken_broker(client, settings):
    settings.CELERY_TASK_ALWAYS_EAGER = False
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:9/0"  # nothing listens on port 9
    response = client.get("/healthz")
    # Mail and tasks wait in the database outbox: a missing broker degrades, it is not down.
    assert response.status_code == 200
    assert response.json()["status"] == "degraded"
    assert response.json()["checks"]["broker"] == "degraded"


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()


def test_not_found_page_is_friendly_and_translated(client, demo_site):
    response = client.get("/uk/does-not-exist/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="uk" dir="ltr">' in html
    assert "Сторінку не знайдено" in html


def test_footer_shows_helpdesk_from_site_settings(client, demo_site):
    html = client.get("/en/").content.decode()
    assert 'href="tel:+3222050055"' in html
    assert "Monday to Thursday, 9:00 to 12:00" in html


def test_public_pages_send_a_strict_content_security_policy(client, demo_site):
    policy = client.get("/nl/").headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy


def test_admin_login_renders(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert "unsafe-inline" in response.headers["Content-Security-Policy"]
