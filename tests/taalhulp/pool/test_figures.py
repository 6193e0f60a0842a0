"""The pool's figures: requests per language and month, waiting times, CSV, and crisis waves."""

import csv
import datetime as dt
import io

import pytest
from django.urls import reverse
from django.utils import timezone

from portal.models import AuditEvent
from taalhulp.pool import figures, figures_math
from taalhulp.pool.factories import HelpRequestFactory, VolunteerFactory, WaveFactory
from taalhulp.pool.models import HelpRequest
from tests.taalhulp.pool.pool_world import coordinator, other_staff


def _asked(language, month, status, reason="", wait=None):
    return figures_math.Asked(language, month, status, reason, wait)


def test_the_table_groups_by_language_and_month_newest_first():
    dec, nov = dt.date(2026, 12, 1), dt.date(2026, 11, 1)
    rows = figures_math.table(
        [
            _asked("uk", nov, "completed", wait=10),
            _asked("uk", dec, "accepted", wait=2),
            _asked("uk", dec, "completed", wait=6),
            _asked("uk", dec, "unanswered", "no_time"),
            _asked("uk", dec, "unanswered", "no_time"),
            _asked("ar", dec, "cancelled", wait=1),
            _asked("ar", dec, "open"),
        ]
    )
    assert [(row.month, row.language) for row in rows] == [(dec, "ar"), (dec, "uk"), (nov, "uk")]
    uk = rows[1]
    assert (uk.total, uk.answered, uk.completed, uk.unanswered) == (4, 2, 1, 2)
    assert uk.reasons == {"no_time": 2}
    assert uk.median_wait_hours == 4.0
    ar = rows[0]
    assert (ar.total, ar.answered, ar.cancelled, ar.median_wait_hours) == (2, 1, 1, 1.0)
    total = figures_math.totals(rows)
    assert (total.total, total.answered, total.median_wait_hours) == (7, 4, 4.0)


def test_median_and_hours():
    assert figures_math.median([]) is None
    assert figures_math.median([1, None, 3, 8]) == 3
    start = dt.datetime(2026, 1, 1, 10)
    assert figures_math.hours_between(start, start + dt.timedelta(minutes=90)) == 1.5
    assert figures_math.hours_between(start, None) is None


def _aged(request, days_ago: int, hours_to_answer: float | None):
    created = timezone.now() - dt.timedelta(days=days_ago)
    answered = None if hours_to_answer is None else created + dt.timedelta(hours=hours_to_answer)
    HelpRequest.objects.filter(pk=request.pk).update(created_at=created, answered_at=answered)


@pytest.mark.django_db
def test_request_table_from_the_database_and_its_csv():
    _aged(HelpRequestFactory(language="fa", status="completed"), 0, 30)
    _aged(HelpRequestFactory(language="fa", status="accepted"), 0, 10)
    _aged(
        HelpRequestFactory(language="fa", status="unanswered", unanswered_reason="too_far"), 0, None
    )
    HelpRequestFactory(language="so")
    rows = figures.request_table()
    fa = next(row for row in rows if row.language == "fa")
    assert (fa.total, fa.answered, fa.completed, fa.unanswered) == (3, 2, 1, 1)
    assert fa.median_wait_hours == 20.0
    lines = list(figures.csv_rows(rows))
    assert lines[0] == figures.CSV_HEADER
    assert any(line[1] == "fa" and line[-1] == "too_far=1" for line in lines[1:])
    assert [row.language for row in figures.request_table(language="so")] == ["so"]


@pytest.mark.django_db
def test_wave_figures_count_volunteers_and_requests_since_it_opened():
    wave = WaveFactory(language="uk", opened_at=timezone.now() - dt.timedelta(days=5))
    VolunteerFactory(wave=wave)
    VolunteerFactory(wave=wave, trained_at=None)
    VolunteerFactory(wave=wave, trained_at=None, confirmed_at=None, status="unconfirmed")
    before = HelpRequestFactory(language="uk")
    _aged(before, 9, None)
    _aged(HelpRequestFactory(language="uk", status="accepted"), 1, 3)
    HelpRequestFactory(language="uk", status="unanswered", unanswered_reason="no_language")
    HelpRequestFactory(language="ar")
    result = figures.wave_figures(wave)
    assert (result.registered, result.confirmed, result.trained) == (3, 2, 1)
    assert (result.requests, result.answered, result.unanswered) == (2, 1, 1)
    assert result.reasons == {"no_language": 1}


@pytest.mark.django_db
def test_the_figures_page_and_csv_are_for_coordinators(client):
    HelpRequestFactory(language="ti", status="unanswered", unanswered_reason="no_mode")
    wave = WaveFactory()
    client.force_login(other_staff())
    for url in (reverse("taalhulpen_figures:overview"), reverse("taalhulpen_figures:download")):
        assert client.get(url).status_code in (302, 403)  # Wagtail: back to the dashboard
    assert client.post(reverse("taalhulpen_wave:toggle", args=[wave.pk])).status_code in (302, 403)
    assert WaveFactory._meta.model.objects.get(pk=wave.pk).is_open
    client.force_login(coordinator())
    page = client.get(reverse("taalhulpen_figures:overview"))
    assert page.status_code == 200
    html = page.content.decode()
    assert "ti" in html and wave.title in html
    response = client.get(reverse("taalhulpen_figures:download"), {"language": "ti"})
    assert response["Content-Type"].startswith("text/csv")
    table = list(csv.reader(io.StringIO(response.content.decode())))
    assert table[0] == figures.CSV_HEADER
    assert table[1][1:7] == ["ti", "1", "0", "0", "0", "1"]
    assert AuditEvent.objects.filter(action="taalhulpen.figures_export").exists()


@pytest.mark.django_db
def test_a_coordinator_closes_and_reopens_a_wave(client):
    wave = WaveFactory()
    client.force_login(coordinator())
    url = reverse("taalhulpen_wave:toggle", args=[wave.pk])
    assert client.get(url).status_code == 405
    assert client.post(url).status_code == 302
    wave.refresh_from_db()
    assert wave.closed_at is not None
    client.post(url)
    wave.refresh_from_db()
    assert wave.is_open
