"""The demo course orientation page: six languages, marked as demo, idempotent."""

import pytest
from django.utils import translation
from wagtail.models import Page

from inburgering import factories
from inburgering import orientation as o
from inburgering.demo import content as demo_content
from inburgering.models import CourseRule, DutchCourseOrientationPage

pytestmark = pytest.mark.django_db
LANGUAGES = ("nl", "en", "fr", "uk", "ru", "ar")


def test_demo_page_is_complete_in_six_languages(orientation_page):
    page = DutchCourseOrientationPage.objects.get(pk=orientation_page.pk)
    assert page.live and page.is_demo
    assert page.intake_url == demo_content.INTAKE_URL
    rules = list(page.rules.all())
    assert len(rules) == len(demo_content.RULES)
    for code in LANGUAGES:
        assert getattr(page, f"title_{code}") == demo_content.PAGE["title"][code]
        assert getattr(page, f"slug_{code}") == demo_content.PAGE["slug"][code]
        assert getattr(page, f"intro_{code}")
        assert all(getattr(rule, f"reason_{code}") for rule in rules)
        assert all(getattr(rule, f"duration_{code}") for rule in rules)
    # Each language has its own text: no Dutch fallback.
    assert len({rules[0].reason_nl, rules[0].reason_uk, rules[0].reason_ar}) == 3


def test_demo_rules_cover_every_route_and_are_valid(orientation_page):
    rules = orientation_page.orientation_rules()
    assert {rule.route for rule in rules} == set(o.ROUTES)


def test_seeding_again_changes_nothing(orientation_page, demo_site):
    pages, rules = Page.objects.count(), CourseRule.objects.count()
    with translation.override("nl"):
        again = factories.generate(seed=42, home=demo_site)
    assert again.pk == orientation_page.pk
    assert (Page.objects.count(), CourseRule.objects.count()) == (pages, rules)
