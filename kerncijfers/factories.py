"""Factories for kerncijfers; `generate()` builds the demo key figures page from them."""

import factory
from django.utils import translation
from wagtail.models import Page

from kerncijfers.demo import content as demo_content
from kerncijfers.models import FigureNote, KeyFiguresPage
from portal.demo_fields import page_fields, translated
from portal.factories import PageFactory


class KeyFiguresPageFactory(PageFactory):
    title = "Kerncijfers"
    slug = "kerncijfers"

    class Meta:
        model = KeyFiguresPage


class FigureNoteFactory(factory.django.DjangoModelFactory):
    figure = "offers_by_type"
    text_nl = "<p>Uitleg.</p>"

    class Meta:
        model = FigureNote


def _page_fields() -> dict:
    spec = demo_content.PAGE
    fields = page_fields(spec, ("slug", "title", "intro"), note=False)
    for code, paragraphs in spec["body"].items():
        fields[f"body_{code}"] = [
            {"type": "paragraph", "value": "".join(f"<p>{text}</p>" for text in paragraphs)}
        ]
    return fields


def _notes() -> list[FigureNote]:
    return [
        FigureNote(
            sort_order=order,
            figure=figure,
            **translated("text", {code: f"<p>{text}</p>" for code, text in texts.items()}),
        )
        for order, (figure, texts) in enumerate(demo_content.NOTES)
    ]


def generate(*, seed: int = 42, home: Page) -> KeyFiguresPage:
    """Create or refresh the demo key figures page under `home`; running it twice changes
    nothing."""
    fields = _page_fields()
    with translation.override("nl"):
        pages = home.get_children().type(KeyFiguresPage)
        page = pages.filter(slug_nl=fields["slug"]).first()
        if page is None:
            page = KeyFiguresPageFactory(parent=home, show_in_menus=False, **fields)
        page = page.specific
        for name, value in fields.items():
            setattr(page, name, value)
        page.is_demo = True
        page.notes = _notes()
        page.save_revision().publish()
    return page
