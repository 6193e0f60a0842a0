"""PostgreSQL restarted under load: requests fail with a friendly 503 in the visitor's language,
never a 500, and every registration is either whole or absent."""

import threading
import time
from collections import Counter

import pytest
from django.db import close_old_connections, connection, connections
from django.test import Client
from django.utils import translation

from buddy.models import Candidate
from portal.models import OutboxEmail
from tests.buddy.forms_data import register_in_steps, registration
from tests.faults import services
from tests.faults.conftest import report, wait_until

pytestmark = [pytest.mark.faults, pytest.mark.django_db(transaction=True)]

READ_PATHS = ["/en/", "/nl/", "/fr/search/?q=buddy", "/ar/", "/en/buddy/register/"]


def register_url(language: str) -> str:
    from django.urls import reverse

    with translation.override(language):
        return reverse("buddy:register")


class ServerClient(Client):
    """The test client, but connections are checked around each request as Django's WSGI
    handler does in production (the plain test client skips that to keep its transaction)."""

    def __init__(self, **defaults):
        super().__init__(raise_request_exception=False, **defaults)

    def request(self, **request):
        close_old_connections()
        try:
            return super().request(**request)
        finally:
            close_old_connections()


class Load:
    """Threads that read pages and register volunteers until told to stop."""

    def __init__(self, readers=4, writers=2):
        self.stop = threading.Event()
        self.results: list[tuple[str, str, int, str]] = []  # (kind, language, status, body)
        self.accepted: list[str] = []  # e-mails whose registration ended in the thank-you redirect
        self.lock = threading.Lock()
        self.threads = [threading.Thread(target=self.read, args=(n,)) for n in range(readers)]
        self.threads += [threading.Thread(target=self.write, args=(n,)) for n in range(writers)]

    def record(self, kind, language, response):
        body = response.content.decode(errors="replace")
        with self.lock:
            self.results.append((kind, language, response.status_code, body))

    def read(self, number):
        client = ServerClient()
        try:
            while not self.stop.is_set():
                path = READ_PATHS[len(self.results) % len(READ_PATHS)]
                self.record("read", path.split("/")[1], client.get(path))
        finally:
            connections.close_all()

    def write(self, number):
        count = 0
        try:
            while not self.stop.is_set():
                count += 1
                email = f"w{number}-{count}@example.org"
                language = "en" if count % 2 else "nl"
                client = ServerClient(REMOTE_ADDR=f"10.2.{number}.{count % 250}")
                response = register_in_steps(
                    client, register_url(language), registration(email=email)
                )
                self.record("write", language, response)
                if response.status_code == 302 and "/done/" in response["Location"]:
                    with self.lock:
                        self.accepted.append(email)
        finally:
            connections.close_all()

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        for thread in self.threads:
            thread.join(timeout=60)


def test_a_postgres_restart_fails_requests_cleanly_and_leaves_no_half_writes(places, demo_site):
    postgres = services.Postgres()
    with Load() as load:
        time.sleep(2)
        postgres.stop()
        time.sleep(2)  # requests arrive while nothing listens
        postgres.start()
        time.sleep(3)
    connection.close()  # this thread's connection died with the server

    statuses = Counter(status for _kind, _lang, status, _body in load.results)
    report(
        f"PostgreSQL restart: responses {dict(sorted(statuses.items()))}, "
        f"{len(load.accepted)} registrations accepted"
    )
    assert statuses[503] > 0, "the restart was not noticed: no request failed"
    assert statuses[200] > 0 and statuses[302] > 0
    assert set(statuses) <= {200, 302, 503}, statuses  # never a 500

    for _kind, language, status, body in load.results:
        if status == 503:
            assert f'<html lang="{language}"' in body
            assert "Wegwijs" in body and "Traceback" not in body
    english = [body for _k, lang, status, body in load.results if status == 503 and lang == "en"]
    assert english and "This page is not available right now" in english[0]

    # Atomic writes: every stored volunteer has the confirmation mail queued with it, and every
    # confirmation mail belongs to a stored volunteer. Nothing is half-saved.
    wait_until(lambda: Candidate.objects.exists(), timeout=10)
    emails = set(Candidate.objects.values_list("email", flat=True))
    confirmations = set(
        OutboxEmail.objects.filter(category="buddy-confirm").values_list("to", flat=True)
    )
    assert emails == confirmations
    assert set(load.accepted) <= emails  # every thank-you page stands for a stored registration
    assert Client().get("/healthz").json()["checks"]["database"] == "ok"
    assert Client().get("/en/").status_code == 200
    report(
        f"PostgreSQL restart: {len(emails)} volunteers stored, each with its confirmation mail; "
        "no half-saved registration"
    )
