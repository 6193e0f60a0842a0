"""Factories for the crisis hub; `generate()` builds the demo Ukraine hub from them."""

import factory
from django.conf import settings
from django.core.files.base import ContentFile
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.models import Page

from crisis.demo import content as demo_content
from crisis.demo import faq as demo_faq
from crisis.models import CrisisHubPage, HubFaqItem, Publication
from portal.factories import PageFactory, root_collection
from portal.models import NavigationMenuItem


class CrisisHubPageFactory(PageFactory):
    title = "Crisis"
    slug = "crisis"
    offer_target_group = "newcomers"
    offer_support_language = "uk"

    class Meta:
        model = CrisisHubPage


class HubFaqItemFactory(factory.django.DjangoModelFactory):
    audience = HubFaqItem.Audience.CONCERNED
    question_nl = factory.Sequence(lambda n: f"Vraag {n}?")
    answer_nl = "<p>Antwoord.</p>"

    class Meta:
        model = HubFaqItem


def demo_document(key: str, language: str):
    """A small UTF-8 text file standing in for a real brochure; reused when it exists."""
    title, text = demo_content.DOCUMENTS[key][language]
    Document = get_document_model()
    label = f"{title} ({language}, demo)"
    document = Document.objects.filter(title=label).first()
    if document is None:
        root_collection()
        body = f"{title}\n\n{text}\n\n[demo]\n".encode("utf-8-sig")
        document = Document(title=label)
        document.file.save(f"demo-{key}-{language}.txt", ContentFile(body), save=False)
        document.save()
    return document


def _translated(field: str, texts: dict) -> dict:
    return {f"{field}_{code}": value for code, value in texts.items()}


def _body(note: dict) -> dict:
    return {
        f"body_{code}": [
            {"type": "callout", "value": {"kind": "info", "heading": "", "text": f"<p>{text}</p>"}}
        ]
        for code, text in note.items()
    }


def _hub_fields() -> dict:
    spec = demo_content.HUB
    fields = {"offer_target_group": "newcomers", "offer_support_language": "uk"}
    for name in ("slug", "title", "intro", "offer_intro"):
        fields.update(_translated(name, spec[name]))
    fields.update(_body(spec["demo_note"]))
    # The plain fields are the Dutch ones (see portal.factories.PageFactory).
    fields["slug"], fields["title"] = fields["slug_nl"], fields["title_nl"]
    return fields


def _faq_items() -> list[HubFaqItem]:
    items = []
    for order, (audience, texts) in enumerate(demo_faq.FAQ):
        fields = {"audience": audience, "sort_order": order}
        for code, (question, answer) in texts.items():
            fields[f"question_{code}"] = question
            fields[f"answer_{code}"] = answer
        items.append(HubFaqItem(**fields))
    return items


def _publications() -> list[Publication]:
    publications = []
    for order, spec in enumerate(demo_content.PUBLICATIONS):
        key = spec["document"]
        files = [
            {"type": "file", "value": {"language": code, "document": demo_document(key, code).pk}}
            for code in demo_content.DOCUMENTS[key]
        ]
        publications.append(
            Publication(
                sort_order=order,
                files=files,
                **_translated("title", spec["title"]),
                **_translated("description", spec["description"]),
            )
        )
    return publications


def _pictograms() -> list[dict]:
    return [
        {"type": "pictogram", "value": {"symbol": symbol, "word_nl": nl, "word_uk": uk}}
        for symbol, nl, uk in demo_content.PICTOGRAMS
    ]


def _replace_placeholder(home: Page, slug: str) -> list[dict]:
    """Remove the portal's plain "Oekraïne" section page; return its menu entries to restore."""
    placeholder = home.get_children().not_type(CrisisHubPage).filter(slug_nl=slug).first()
    if placeholder is None:
        return []
    entries = list(
        NavigationMenuItem.objects.filter(link_page=placeholder).values(
            "menu_id",
            "sort_order",
            "link_url",
            *[f"label_{code}" for code, _n in settings.LANGUAGES],
        )
    )
    placeholder.delete()
    return entries


def generate(*, seed: int = 42, home: Page) -> CrisisHubPage:
    """Create or refresh the demo Ukraine hub under `home`; running it twice changes nothing.

    The hub takes the place (address and menu entry) of the portal's placeholder section."""
    fields = _hub_fields()
    legal = Page.objects.live().filter(slug_nl="tijdelijke-bescherming").first()
    with translation.override("nl"):
        menu_entries = _replace_placeholder(home, fields["slug_nl"])
        hub = home.get_children().type(CrisisHubPage).filter(slug_nl=fields["slug_nl"]).first()
        if hub is None:
            hub = CrisisHubPageFactory(parent=home, show_in_menus=True, **fields)
        hub = hub.specific
        for entry in menu_entries:
            NavigationMenuItem.objects.create(link_page=hub, **entry)
        for name, value in fields.items():
            setattr(hub, name, value)
        hub.show_in_menus = True
        hub.legal_page = legal
        hub.faq_items = _faq_items()
        hub.publications = _publications()
        hub.pictograms = _pictograms()
        hub.save_revision().publish()
    return hub
