"""Production static files: hashed names from the manifest, served with far-future headers."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Runs with the production settings in its own process (the test settings swap the storage).
PROBE = """
import json
import django
django.setup()
from django.conf import settings
from django.core.management import call_command
from django.templatetags.static import static
from django.test import Client

call_command("collectstatic", "--noinput", "-v", "0", "-i", "wagtail*", "-i", "ninja",
             "-i", "*otp*")
hashed = static("css/wegwijs.css")
client = Client(HTTP_HOST="testserver")
def headers(url):
    response = client.get(url)
    return {"status": response.status_code, "cache": response.headers.get("Cache-Control", ""),
            "encoding": response.headers.get("Content-Encoding", "")}
print(json.dumps({
    "storage": settings.STORAGES["staticfiles"]["BACKEND"],
    "hashed_url": hashed,
    "hashed": headers(hashed),
    "plain": headers("/static/css/wegwijs.css"),
    "gzip": client.get(hashed, HTTP_ACCEPT_ENCODING="gzip").headers.get("Content-Encoding"),
}))
"""


@pytest.fixture(scope="module")
def production_static(tmp_path_factory):
    static_root = tmp_path_factory.mktemp("static")
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "WEGWIJS_"))},
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "DJANGO_SECRET_KEY": "static-test-only",
        "DATABASE_URL": f"sqlite:///{static_root / 'unused.db'}",
        "DJANGO_ALLOWED_HOSTS": "testserver",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "STATIC_ROOT": str(static_root),
    }
    done = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_production_uses_the_compressed_manifest_storage(production_static):
    assert production_static["storage"] == (
        "whitenoise.storage.CompressedManifestStaticFilesStorage"
    )


def test_templates_get_hashed_names(production_static):
    url = production_static["hashed_url"]
    assert url.startswith("/static/css/wegwijs.") and url.endswith(".css")
    assert url != "/static/css/wegwijs.css"


def test_hashed_files_are_cached_for_ten_years_and_immutable(production_static):
    hashed = production_static["hashed"]
    assert hashed["status"] == 200
    assert "max-age=315360000" in hashed["cache"]
    assert "immutable" in hashed["cache"] and "public" in hashed["cache"]
    assert production_static["gzip"] == "gzip"


def test_unhashed_names_get_only_an_hour(production_static):
    plain = production_static["plain"]
    assert plain["status"] == 200
    assert "max-age=3600" in plain["cache"] and "immutable" not in plain["cache"]
