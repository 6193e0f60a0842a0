"""Production settings are secure and refuse to boot without secrets; the code passes ruff."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _production_env(**extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL"))}
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        DATABASE_URL="postgres://wegwijs@127.0.0.1:1/wegwijs",
        DJANGO_ALLOWED_HOSTS="wegwijs.example",
        **extra,
    )
    return env


def _manage(*args, env):
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )


def test_check_deploy_is_clean_with_production_settings():
    env = _production_env(DJANGO_SECRET_KEY="x7#k2!" * 10)
    result = _manage("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_refuses_to_start_without_a_secret_key():
    result = _manage("check", env=_production_env())
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_production_refuses_to_start_without_the_demand_log_key():
    env = _production_env(DJANGO_SECRET_KEY="x7#k2!" * 10)
    env.pop("SEARCH_DEMAND_HASH_KEY", None)
    result = _manage("check", env=env)
    assert result.returncode != 0
    assert "SEARCH_DEMAND_HASH_KEY" in result.stderr


def test_ruff_is_clean():
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "."], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout


def _cookie_flags(env) -> subprocess.CompletedProcess:
    code = "from django.conf import settings\nprint(settings.SESSION_COOKIE_SECURE, "
    code += "settings.CSRF_COOKIE_SECURE)"
    return _manage("shell", "--no-imports", "-c", code, env=env)


def test_cookies_stay_secure_when_tls_ends_at_the_load_balancer():
    env = _production_env(DJANGO_SECRET_KEY="x7#k2!" * 10, DJANGO_SECURE_SSL_REDIRECT="false")
    assert _cookie_flags(env).stdout.split() == ["True", "True"]
    result = _manage("check", "--deploy", env=env)
    assert "security.W012" not in result.stderr and "security.W016" not in result.stderr


def test_insecure_cookies_only_on_request_and_only_on_loopback():
    env = _production_env(
        DJANGO_SECRET_KEY="x7#k2!" * 10,
        DJANGO_SECURE_SSL_REDIRECT="false",
        DJANGO_INSECURE_COOKIES_FOR_LOCAL_HTTP="1",
    )
    env["DJANGO_ALLOWED_HOSTS"] = "127.0.0.1,localhost"
    assert _cookie_flags(env).stdout.split() == ["False", "False"]
    env["DJANGO_ALLOWED_HOSTS"] = "127.0.0.1,wegwijs.example"
    refused = _cookie_flags(env)
    assert refused.returncode != 0
    assert "DJANGO_INSECURE_COOKIES_FOR_LOCAL_HTTP" in refused.stderr
