"""The course orientation page: the GET form, one route per answer set, the intake and the
finder links, editor rules before the defaults, and errors that name the field."""

import re
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from inburgering import orientation as o
from inburgering.demo import content as demo_content
from inburgering.models import CourseRule
from tests.inburgering.conftest import page_url

pytestmark = pytest.mark.django_db

WORKER = {
    "script": o.LATIN,
    "schooling": o.SECONDARY,
    "goal": o.DAILY_LIFE,
    "time": o.EVENING,
    "hours": "6",
    "dutch": o.A1,
}
# The finder's query parameters this page uses (search/offers/params.py reads them).
FINDER_PARAMS = {"type", "level", "daypart"}


def ask(client, page, site_language="nl", **changes):
    answers = {**WORKER, **changes}
    response = client.get(page_url(page, site_language) + "?" + urlencode(answers))
    assert response.status_code == 200
    return response.content.decode()


def advice(html: str) -> str:
    found = re.search(r'class="aid-result nt2-advice nt2-advice--([a-z_0-9]+)"', html)
    return found.group(1) if found else ""


def finder_link(html: str) -> str:
    found = re.search(r'<a href="([^"]+)" id="nt2-finder"', html)
    return found.group(1).replace("&amp;", "&") if found else ""


@pytest.mark.parametrize(
    ("language", "direction", "question"),
    [
        ("nl", "ltr", "Heb je leren lezen en schrijven?"),
        ("uk", "ltr", "Чи вчилися ви читати й писати?"),
        ("ar", "rtl", "هل تعلمت القراءة والكتابة؟"),
    ],
)
def test_form_speaks_the_visitors_language(client, orientation_page, language, direction, question):
    html = client.get(page_url(orientation_page, language)).content.decode()
    assert f'<html lang="{language}" dir="{direction}"' in html
    assert question in html
    assert demo_content.PAGE["title"][language] in html
    # A plain GET form with fieldsets: it works without JavaScript.
    assert '<form method="get"' in html and html.count("<fieldset") == 5
    assert 'type="submit"' in html
    assert advice(html) == "" and "error-summary" not in html


@pytest.mark.parametrize(
    ("changes", "route"),
    [
        ({"script": o.NOT_LITERATE}, o.LATIN_SCRIPT_FIRST),
        ({"script": o.OTHER_SCRIPT, "schooling": o.HIGHER}, o.LATIN_SCRIPT_FIRST),
        ({"schooling": o.LITTLE}, o.CBE),
        ({"schooling": o.HIGHER, "goal": o.STUDY, "time": o.DAY}, o.UTC),
        ({}, o.CVO),
        ({"goal": o.WORK}, o.CVO),
    ],
)
def test_answers_get_one_route(client, orientation_page, changes, route):
    html = ask(client, orientation_page, **changes)
    assert advice(html) == route
    assert html.count('class="aid-result ') == 1


@pytest.mark.parametrize("language", ["nl", "uk", "ar"])
def test_advice_has_reason_duration_intake_and_filtered_finder(client, orientation_page, language):
    html = ask(client, orientation_page, language, schooling=o.LITTLE)
    assert demo_content.RULES[1][2][language] in html  # the rule's reason
    assert demo_content.RULES[1][3][language] in html  # the rule's typical duration
    assert f'href="{demo_content.INTAKE_URL}" id="nt2-intake"' in html
    url = urlsplit(finder_link(html))
    assert url.path == f"/{language}/aanbodzoeker/"
    query = parse_qsl(url.query)
    assert {name for name, _ in query} <= FINDER_PARAMS
    assert query == [("type", "course_nt2"), ("level", "A1"), ("daypart", "evening")]


def test_the_finder_link_has_no_day_part_for_day_courses(client, orientation_page):
    html = ask(client, orientation_page, time=o.DAY, dutch=o.B1_PLUS)
    assert finder_link(html) == "/nl/aanbodzoeker/?type=course_nt2&level=B1&level=B2"


def test_the_pace_follows_the_hours(client, orientation_page):
    html = ask(client, orientation_page, hours="12", goal=o.DAILY_LIFE, time=o.DAY)
    assert "Je leert 12 uur per week. Dat is een snel tempo." in html
    assert "De eerste stap duurt ongeveer 10 weken." in html  # a CVO step of 120 hours


def test_editor_rules_win_over_the_defaults(client, orientation_page):
    CourseRule.objects.filter(page=orientation_page).delete()
    assert advice(ask(client, orientation_page, schooling=o.LITTLE)) == o.CBE  # the defaults
    CourseRule.objects.create(
        page=orientation_page,
        route=o.UTC,
        schoolings=[o.LITTLE],
        reason_nl="Een proef met de universiteit.",
        duration_nl="Tien weken.",
    )
    html = ask(client, orientation_page, schooling=o.LITTLE)
    assert advice(html) == o.UTC
    assert "Een proef met de universiteit." in html and "Tien weken." in html


def test_without_rules_the_defaults_explain_themselves(client, orientation_page):
    CourseRule.objects.filter(page=orientation_page).delete()
    html = ask(client, orientation_page, "uk", script=o.NOT_LITERATE)
    assert advice(html) == o.LATIN_SCRIPT_FIRST
    assert "латинським алфавітом" in html


@pytest.mark.parametrize(
    ("language", "summary", "error"),
    [
        ("nl", "Kijk deze antwoorden na", "Kies hoe lang je naar school ging."),
        ("uk", "Перевірте ці відповіді", "Виберіть, скільки ви ходили до школи."),
        ("ar", "يُرجى مراجعة هذه الإجابات", "اختر كم سنة ذهبت إلى المدرسة."),
    ],
)
def test_a_missing_answer_is_named(client, orientation_page, language, summary, error):
    answers = {**WORKER}
    del answers["schooling"]
    html = client.get(page_url(orientation_page, language) + "?" + urlencode(answers)).content
    html = html.decode()
    assert summary in html
    assert html.count("field__error") == 1
    assert re.search(r'<a href="#nt2-schooling_group">[^<]+ ' + re.escape(error) + "</a>", html)
    assert advice(html) == ""
    assert re.search(r'value="evening"[^>]*checked', html)  # what was answered stays chosen


@pytest.mark.parametrize("hours", ["0", "41", "many", ""])
def test_bad_hours_name_the_hours_field(client, orientation_page, hours):
    html = ask(client, orientation_page, "en", hours=hours)
    assert 'href="#nt2-hours"' in html
    assert "Fill in a number of hours from 1 to 40, for example 6." in html
    assert advice(html) == ""


def test_an_unknown_choice_names_its_field(client, orientation_page):
    html = ask(client, orientation_page, "en", goal="fun")
    assert 'href="#nt2-goal_group"' in html
    assert "Choose why you want to learn Dutch." in html


def test_sending_the_form_stores_nothing(client, orientation_page):
    url = page_url(orientation_page, "nl") + "?" + urlencode(WORKER)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    writes = [
        q["sql"] for q in queries if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE"))
    ]
    assert writes == []
