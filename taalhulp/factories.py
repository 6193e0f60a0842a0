"""Factories for language help; `generate()` builds the demo decision aid page from them."""

import factory
from django.utils import translation
from wagtail.models import Page, Site

from portal.demo_fields import page_fields, translated
from portal.factories import PageFactory
from taalhulp.demo import content as demo_content
from taalhulp.models import DecisionRule, LanguageHelpPage, LanguageHelpSettings

# The agency's site stands in for its booking portal in the demo.
DEMO_BOOKING_URL = "https://www.integratie-inburgering.be/"
CRISIS_HUB_MODEL = ("crisis", "crisishubpage")  # found through Wagtail, never imported


class LanguageHelpPageFactory(PageFactory):
    title = "Taalhulp"
    slug = "taalhulp"

    class Meta:
        model = LanguageHelpPage


class DecisionRuleFactory(factory.django.DjangoModelFactory):
    route = "interpreter"
    reason_nl = "Reden."

    class Meta:
        model = DecisionRule


def _page_fields() -> dict:
    spec = demo_content.PAGE
    fields = page_fields(spec, ("slug", "title", "intro", "default_reason"))
    for code in spec["title"]:
        fields[f"fan_{code}"] = [
            {
                "type": "way",
                "value": {"way": way, "heading": heading, "when": when, "limits": limits},
            }
            for way, texts in demo_content.FAN
            for heading, when, limits in [texts[code]]
        ]
    return fields


def _rules() -> list[DecisionRule]:
    return [
        DecisionRule(sort_order=order, route=route, **conditions, **translated("reason", reason))
        for order, (conditions, route, reason) in enumerate(demo_content.RULES)
    ]


def _pictograms_page():
    """The crisis hub, which shows pictograms in Dutch and Ukrainian (if it is there)."""
    app_label, model = CRISIS_HUB_MODEL
    pages = Page.objects.live().filter(content_type__app_label=app_label, content_type__model=model)
    return pages.first()


def _settings(home: Page) -> None:
    site = Site.objects.filter(root_page=home).first() or Site.objects.get(is_default_site=True)
    links = LanguageHelpSettings.for_site(site)
    links.booking_url = DEMO_BOOKING_URL
    links.pictograms_page = _pictograms_page()
    links.save()


def generate(*, seed: int = 42, home: Page) -> LanguageHelpPage:
    """Create or refresh the demo language help page under `home`; running it twice changes
    nothing."""
    fields = _page_fields()
    with translation.override("nl"):
        page = home.get_children().type(LanguageHelpPage).filter(slug_nl=fields["slug"]).first()
        if page is None:
            page = LanguageHelpPageFactory(parent=home, show_in_menus=False, **fields)
        page = page.specific
        for name, value in fields.items():
            setattr(page, name, value)
        page.is_demo = True
        page.default_route = "interpreter"
        page.rules = _rules()
        page.save_revision().publish()
    _settings(home)
    return page
