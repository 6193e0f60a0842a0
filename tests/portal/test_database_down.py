"""Without the database, pages answer the friendly 503 page in the visitor's language, not a 500."""

from contextlib import contextmanager

import pytest
from django.db import connection
from django.test import Client

pytestmark = pytest.mark.django_db(transaction=True)

NOT_AVAILABLE = {
    "nl": "Deze pagina is nu niet beschikbaar",
    "en": "This page is not available right now",
    "uk": "Ця сторінка зараз недоступна",
}


@contextmanager
def database_down():
    """The next connection goes to port 9, where no PostgreSQL listens."""
    port = connection.settings_dict["PORT"]
    connection.close()
    connection.settings_dict["PORT"] = "9"
    try:
        yield
    finally:
        connection.close()
        connection.settings_dict["PORT"] = port


@pytest.mark.parametrize(
    ("method", "path", "language"),
    [
        ("get", "/nl/", "nl"),
        ("get", "/en/practise-dutch/", "en"),
        ("get", "/uk/aanbodzoeker/", "uk"),
        ("post", "/en/newsletter/", "en"),  # a form: nothing half-saved, says the page
    ],
)
def test_pages_answer_a_friendly_503_while_the_database_is_down(method, path, language):
    client = Client(raise_request_exception=False)  # as a browser meets it: the error handler
    with database_down():
        data = {"email": "a@example.org"} if method == "post" else {}
        response = getattr(client, method)(path, data)
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    body = response.content.decode()
    assert f'<html lang="{language}"' in body
    assert NOT_AVAILABLE[language] in body
    assert "Traceback" not in body and "OperationalError" not in body
    assert client.get("/healthz").status_code == 200  # and back once the database is


def test_other_errors_keep_the_500_page(rf):
    from portal.views import server_error

    try:
        raise ValueError("a bug, not an outage")
    except ValueError:
        response = server_error(rf.get("/en/"))
    assert response.status_code == 500
    assert "Retry-After" not in response
