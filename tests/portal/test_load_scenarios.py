"""Smoke test of the load test (bench/load): it imports, and its journeys target real URLs."""

import ast
import hashlib
import hmac
import json
import re
import struct
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.urls import Resolver404, resolve
from django_otp.plugins.otp_totp.models import TOTPDevice

LOAD = Path(__file__).resolve().parents[2] / "bench" / "load"
LOCUSTFILE = LOAD / "locustfile.py"
# Locust patches the standard library with gevent on import, so it is imported elsewhere.
PROBE = """
import json, locust, bench.load.locustfile as f
users = [c for c in vars(f).values()
         if isinstance(c, type) and issubclass(c, locust.HttpUser) and not c.abstract]
print(json.dumps({c.__name__: [t.__name__ for t in c.tasks] for c in users}))
"""


def test_the_locustfile_imports_and_has_the_four_journeys():
    done = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=LOAD.parents[1], capture_output=True, text=True,
        timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    journeys = json.loads(done.stdout.strip().splitlines()[-1])
    assert set(journeys) == {"Newcomer", "Volunteer", "Professional", "Editor"}
    assert "search_offers" in journeys["Newcomer"]
    assert "register" in journeys["Volunteer"]
    assert {"legal_topic", "ruling", "case_law_search"} <= set(journeys["Professional"])
    assert journeys["Editor"] == ["publish"]


def fixed_paths() -> set[str]:
    source = LOCUSTFILE.read_text()
    found = set(re.findall(r'f?"(/(?:nl|api|admin)/[^"?]*)', source))
    return {re.sub(r"\{[^}]+\}", "1", path) for path in found}


@pytest.mark.parametrize("path", sorted(fixed_paths()))
def test_every_fixed_path_of_the_scenarios_exists(path):
    try:
        resolve(path)
    except Resolver404:
        pytest.fail(f"bench/load/locustfile.py asks for {path}, which the site does not have")


def test_the_scenarios_use_only_data_that_prepare_writes():
    used = set(re.findall(r'DATA\["(\w+)"\]|pick\("(\w+)"\)', LOCUSTFILE.read_text()))
    used = {name for pair in used for name in pair if name}
    written = set(re.findall(r'^ {12}"(\w+)":', (LOAD / "prepare.py").read_text(), re.M))
    assert used and used <= written, used - written


def _locustfile_totp():
    tree = ast.parse(LOCUSTFILE.read_text())
    [function] = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "totp"]
    namespace = {"hashlib": hashlib, "hmac": hmac, "struct": struct, "time": time}
    exec(compile(ast.Module([function], []), str(LOCUSTFILE), "exec"), namespace)  # noqa: S102
    return namespace["totp"]


@pytest.mark.django_db
def test_the_editors_one_time_code_is_accepted_by_django_otp():
    user = get_user_model().objects.create_user("load-editor", "l@example.org", "x")
    device = TOTPDevice.objects.create(user=user, name="bench", confirmed=True)
    assert device.verify_token(_locustfile_totp()(device.key))
