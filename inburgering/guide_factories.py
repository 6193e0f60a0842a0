"""Factories for the civic integration guide; `generate_guide()` builds its demo page."""

import factory
from django.utils import translation
from wagtail.models import Page

from inburgering.demo import guide as demo_guide
from inburgering.demo.guide_steps_more import STEPS
from inburgering.guide_models import GuideStep, IntegrationGuidePage
from portal.demo_fields import page_fields, translated
from portal.factories import PageFactory

PAGE_TEXTS = (
    "title",
    "intro",
    "obliged_text",
    "entitled_text",
    "office_flanders",
    "office_brussels",
)
STEP_TEXTS = ("heading", "summary", "what_to_do", "cost", "where_to_go")


class IntegrationGuidePageFactory(PageFactory):
    title = "Inburgering stap voor stap"
    slug = "inburgering-stap-voor-stap"

    class Meta:
        model = IntegrationGuidePage


class GuideStepFactory(factory.django.DjangoModelFactory):
    heading_nl = "Stap"
    summary_nl = "Korte uitleg."

    class Meta:
        model = GuideStep


def _page_fields() -> dict:
    return page_fields(demo_guide.PAGE, ("slug", *PAGE_TEXTS))


def _steps() -> list[GuideStep]:
    steps = []
    for order, spec in enumerate(STEPS):
        texts = {}
        for name in STEP_TEXTS:
            texts.update(translated(name, spec[name]))
        steps.append(
            GuideStep(
                sort_order=order,
                regions=list(spec["regions"]),
                statuses=list(spec["statuses"]),
                links_to_office=spec["links_to_office"],
                **texts,
            )
        )
    return steps


def generate_guide(*, home: Page) -> IntegrationGuidePage:
    """Create or refresh the demo guide under `home`; running it twice changes nothing."""
    fields = _page_fields()
    with translation.override("nl"):
        pages = home.get_children().type(IntegrationGuidePage)
        page = pages.filter(slug_nl=fields["slug"]).first()
        if page is None:
            page = IntegrationGuidePageFactory(parent=home, show_in_menus=False, **fields)
        page = page.specific
        for name, value in fields.items():
            setattr(page, name, value)
        page.is_demo = True
        page.steps = _steps()
        page.save_revision().publish()
    return page
