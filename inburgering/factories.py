"""Factories for inburgering; `generate()` builds the demo course orientation page from them."""

import factory
from django.utils import translation
from wagtail.models import Page

from inburgering.demo import content as demo_content
from inburgering.guide_factories import generate_guide
from inburgering.models import CourseRule, DutchCourseOrientationPage
from portal.demo_fields import page_fields, translated
from portal.factories import PageFactory


class DutchCourseOrientationPageFactory(PageFactory):
    title = "Welke cursus Nederlands?"
    slug = "welke-cursus"

    class Meta:
        model = DutchCourseOrientationPage


class CourseRuleFactory(factory.django.DjangoModelFactory):
    route = "cvo"
    reason_nl = "Reden."

    class Meta:
        model = CourseRule


def _page_fields() -> dict:
    return page_fields(demo_content.PAGE, ("slug", "title", "intro"))


def _rules() -> list[CourseRule]:
    return [
        CourseRule(
            sort_order=order,
            route=route,
            **conditions,
            **translated("reason", reason),
            **translated("duration", duration),
        )
        for order, (conditions, route, reason, duration) in enumerate(demo_content.RULES)
    ]


def generate(*, seed: int = 42, home: Page) -> DutchCourseOrientationPage:
    """Create or refresh the demo course orientation page and the civic integration guide
    under `home`; running it twice changes nothing."""
    generate_guide(home=home)
    fields = _page_fields()
    with translation.override("nl"):
        pages = home.get_children().type(DutchCourseOrientationPage)
        page = pages.filter(slug_nl=fields["slug"]).first()
        if page is None:
            page = DutchCourseOrientationPageFactory(parent=home, show_in_menus=False, **fields)
        page = page.specific
        for name, value in fields.items():
            setattr(page, name, value)
        page.is_demo = True
        page.intake_url = demo_content.INTAKE_URL
        page.rules = _rules()
        page.save_revision().publish()
    return page
