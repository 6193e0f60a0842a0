"""The demo language help page: six languages, marked as demo, idempotent, settings filled."""

import pytest
from django.utils import translation
from wagtail.models import Page, Site

from crisis import factories as crisis_factories
from taalhulp import factories
from taalhulp.demo import content as demo_content
from taalhulp.models import DecisionRule, LanguageHelpPage, LanguageHelpSettings

pytestmark = pytest.mark.django_db


def test_demo_page_is_complete_in_six_languages(aid_page):
    page = LanguageHelpPage.objects.get(pk=aid_page.pk)
    assert page.live and page.is_demo
    for code in ("nl", "en", "fr", "uk", "ru", "ar"):
        assert getattr(page, f"title_{code}") == demo_content.PAGE["title"][code]
        assert getattr(page, f"default_reason_{code}")
        assert len(getattr(page, f"fan_{code}")) == len(demo_content.FAN)
        assert all(getattr(rule, f"reason_{code}") for rule in page.rules.all())
    assert page.rules.count() == len(demo_content.RULES)


def test_seeding_again_changes_nothing(aid_page, demo_site):
    pages, rules = Page.objects.count(), DecisionRule.objects.count()
    with translation.override("nl"):
        again = factories.generate(seed=42, home=demo_site)
    assert again.pk == aid_page.pk
    assert (Page.objects.count(), DecisionRule.objects.count()) == (pages, rules)
    assert LanguageHelpSettings.objects.count() == 1


def test_demo_settings_point_to_the_crisis_hubs_pictograms(demo_site):
    with translation.override("nl"):
        hub = crisis_factories.generate(seed=42, home=demo_site)
        factories.generate(seed=42, home=demo_site)
    links = LanguageHelpSettings.for_site(Site.objects.get(is_default_site=True))
    assert links.pictograms_page_id == hub.pk
    assert links.booking_url.startswith("https://")
