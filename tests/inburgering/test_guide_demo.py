"""The demo guide: every translated field filled in all six languages (no Dutch fallback),
marked as demo, and seeding twice changes nothing."""

import pytest
from django.utils import translation
from wagtail.models import Page

from inburgering import factories
from inburgering.demo import guide as demo_guide
from inburgering.demo.guide_steps_more import STEPS
from inburgering.guide_factories import PAGE_TEXTS, STEP_TEXTS, generate_guide
from inburgering.guide_models import GuideStep, IntegrationGuidePage
from portal.models import HomePage

pytestmark = pytest.mark.django_db
LANGUAGES = ("nl", "en", "fr", "uk", "ru", "ar")


def test_every_demo_field_is_filled_in_six_languages(guide_page):
    page = IntegrationGuidePage.objects.get(pk=guide_page.pk)
    assert page.live and page.is_demo
    for code in LANGUAGES:
        for name in ("slug", *PAGE_TEXTS):
            assert getattr(page, f"{name}_{code}"), f"{name}_{code}"
        assert getattr(page, f"body_{code}"), f"body_{code}"
    steps = list(page.steps.all())
    assert len(steps) == len(STEPS)
    for step in steps:
        for name in STEP_TEXTS:
            values = [getattr(step, f"{name}_{code}") for code in LANGUAGES]
            assert all(values), f"{step.heading_nl}: {name}"
            # Each language has its own text, not the Dutch one copied.
            assert len(set(values)) == len(LANGUAGES), f"{step.heading_nl}: {name}"


def test_page_texts_differ_per_language():
    for name in ("title", "intro", *PAGE_TEXTS[1:], "demo_note"):
        texts = demo_guide.PAGE[name]
        assert set(texts) == set(LANGUAGES), name
        assert len(set(texts.values())) == len(LANGUAGES), name


def test_the_demo_covers_every_variant():
    regions = {r for step in STEPS for r in step["regions"]}
    statuses = {s for step in STEPS for s in step["statuses"]}
    assert regions == {"flanders", "brussels"} and statuses == {"obliged", "entitled"}
    assert any(step["links_to_office"] for step in STEPS)


def test_seeding_again_changes_nothing(guide_page):
    home = HomePage.objects.first()
    pages, steps = Page.objects.count(), GuideStep.objects.count()
    with translation.override("nl"):
        again = generate_guide(home=home)
    assert again.pk == guide_page.pk
    assert (Page.objects.count(), GuideStep.objects.count()) == (pages, steps)


def test_the_inburgering_demo_step_builds_the_guide(demo_site):
    with translation.override("nl"):
        factories.generate(seed=42, home=demo_site)
    assert IntegrationGuidePage.objects.filter(is_demo=True, live=True).count() == 1
