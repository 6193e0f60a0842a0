"""Factories for the legal section; `generate()` builds the demo legal tree, rulings and news."""

from __future__ import annotations

import datetime as dt

import factory
from django.core.files.base import ContentFile
from django.utils import timezone, translation
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.models import Page

from portal.demo_fields import translated
from portal.factories import PageFactory
from portal.models import Municipality
from vreemdelingenrecht.demo import rulings as demo_rulings
from vreemdelingenrecht.demo import services as demo_services
from vreemdelingenrecht.demo.topics import RESIDENCE_PAGES, TOPICS
from vreemdelingenrecht.demo.topics_more import PROTECTION_PAGES
from vreemdelingenrecht.models import (
    CaseLawIndexPage,
    FrontLineService,
    LegalIndexPage,
    LegalTopicPage,
    NewsIndexPage,
    NewsPage,
    RulingPage,
    Topic,
)

DEMO_REVIEWED = dt.date(2026, 9, 1)


class TopicFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Onderwerp {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))

    class Meta:
        model = Topic
        django_get_or_create = ("slug",)


class FrontLineServiceFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Dienst {n}")
    kind = FrontLineService.Kind.LEGAL_AID
    phone = "+32 9 000 00 00"
    email = "dienst@example.org"
    languages = "nl, en"

    class Meta:
        model = FrontLineService


class LegalIndexPageFactory(PageFactory):
    title = "Vreemdelingenrecht"
    slug = "vreemdelingenrecht"

    class Meta:
        model = LegalIndexPage


class LegalTopicPageFactory(PageFactory):
    intro = "Korte uitleg in eenvoudige taal."

    class Meta:
        model = LegalTopicPage


class NewsIndexPageFactory(PageFactory):
    title = "Nieuws"
    slug = "nieuws"

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(PageFactory):
    date = factory.LazyFunction(timezone.localdate)
    intro = "Een kort nieuwsbericht."

    class Meta:
        model = NewsPage


class CaseLawIndexPageFactory(PageFactory):
    title = "Rechtspraak"
    slug = "rechtspraak"

    class Meta:
        model = CaseLawIndexPage


class RulingPageFactory(PageFactory):
    court = "rvv"
    decision_date = dt.date(2024, 1, 10)
    outcome = "annulled"
    role_number = factory.Sequence(lambda n: f"RV {n}")
    intro = "Samenvatting van het arrest."

    class Meta:
        model = RulingPage


# --- demo content ------------------------------------------------------------------------


def _upsert(parent: Page, model, slug: str, fields: dict, m2m: dict | None = None):
    """Create the page under `parent` or update it in place; the seed is idempotent."""
    with translation.override("nl"):
        page = parent.get_children().filter(slug_nl=slug).specific().first()
        if page is None:
            page = model(slug=slug, **fields)
            parent.add_child(instance=page)
        else:
            for name, value in fields.items():
                setattr(page, name, value)
        for name, values in (m2m or {}).items():
            getattr(page, name).set(values)
        page.save_revision().publish()
    return page


def _pdf(text: str) -> bytes:
    """A one-page PDF with one line of text (enough for a demo download)."""
    stream = f"BT /F1 14 Tf 72 760 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)


def _document(key: str, title: str) -> int:
    model = get_document_model()
    document = model.objects.filter(title=title).first()
    if document is None:
        document = model(title=title)
        document.file.save(f"{key}.pdf", ContentFile(_pdf(f"Demo: {title}")), save=False)
        document.save()
    return document.pk


def _body(blocks: list[dict], rulings: dict[str, int]) -> list[dict]:
    """Demo blocks with ruling references and documents resolved to ids."""
    body = []
    for block in blocks:
        value = block["value"]
        if block["type"] == "legal_reference":
            value = {
                **value,
                "rulings": [rulings[ref] for ref in value["rulings"] if ref in rulings],
            }
        elif block["type"] == "document":
            value = {**value, "document": _document(value["document"], value["title"])}
        body.append({"type": block["type"], "value": value})
    return body


def _topic_pages(index, topics, rulings) -> dict[str, LegalTopicPage]:
    pages: dict[str, LegalTopicPage] = {}
    for spec in [*RESIDENCE_PAGES, *PROTECTION_PAGES]:
        parent = pages[spec["parent"]] if "parent" in spec else index
        fields = {
            **translated("title", spec["title"]),
            **translated("slug", spec["slug"]),
            **translated("intro", spec["intro"]),
            "body_nl": _body(spec["body"], rulings),
            "last_reviewed": DEMO_REVIEWED,
            "is_demo": True,
        }
        slug = spec["slug"]["nl"]
        pages[slug] = _upsert(
            parent, LegalTopicPage, slug, fields, {"topics": [topics[s] for s in spec["topics"]]}
        )
    return pages


def _rulings(case_law, topics, pages) -> dict[str, int]:
    found = {}
    for (ecli, role, court, day, outcome, title, summary, title_en, topic_slugs,
         related) in demo_rulings.RULINGS:  # fmt: skip
        reference = ecli or role
        fields = {
            "title_nl": title, "title_en": title_en, "intro_nl": summary, "court": court,
            "decision_date": day, "ecli": ecli, "role_number": role, "outcome": outcome,
            "is_demo": True,
        }  # fmt: skip
        m2m = {
            "topics": [topics[s] for s in topic_slugs],
            "related_pages": [pages[s] for s in related if s in pages],
        }
        slug = slugify(reference.replace(":", "-").replace(".", "-").replace("/", "-"))
        found[reference] = _upsert(case_law, RulingPage, slug, fields, m2m).pk
    return found


def _news(news_index, topics, pages) -> None:
    for slug, day, title, intro, text, title_en, topic_slugs, related in demo_rulings.NEWS:
        fields = {
            "title_nl": title, "title_en": title_en, "intro_nl": intro, "date": day,
            "body_nl": [{"type": "paragraph", "value": f"<p>{text}</p>"}], "is_demo": True,
        }  # fmt: skip
        m2m = {
            "topics": [topics[s] for s in topic_slugs],
            "related_topics": [pages[s] for s in related if s in pages],
        }
        _upsert(news_index, NewsPage, slug, fields, m2m)


def _services() -> None:
    for (name, kind, description, places, address, phone, email, website, hours,
         languages) in demo_services.SERVICES:  # fmt: skip
        service, _created = FrontLineService.objects.update_or_create(
            name=name,
            defaults={
                "kind": kind, "description_nl": description, "address": address, "phone": phone,
                "email": email, "website": website, "opening_hours_nl": hours,
                "languages": languages, "is_demo": True,
            },
        )  # fmt: skip
        if places == ["brussels"]:
            service.municipalities.set(Municipality.objects.filter(region="brussels"))
        else:
            service.municipalities.set(Municipality.objects.filter(name_nl__in=places))


def generate(*, seed: int = 42, home: Page) -> LegalIndexPage:
    """The legal section: 13 topic pages, 20 rulings, 10 news items and local services."""
    topics = {}
    for position, (slug, names) in enumerate(TOPICS):
        topic, _created = Topic.objects.update_or_create(
            slug=slug, defaults={"sort_order": position, **translated("name", names)}
        )
        topics[slug] = topic
    index = _upsert(
        home,
        LegalIndexPage,
        "vreemdelingenrecht",
        {
            "title_nl": "Vreemdelingenrecht", "title_en": "Foreigners law",
            "title_fr": "Droit des étrangers", "slug_en": "foreigners-law",
            "slug_fr": "droit-des-etrangers",
            "intro_nl": "Juridische informatie over de rechtspositie van personen van buitenlandse "
            "afkomst in België, voor professionals. Demo-inhoud: geen juridisch advies.",
            "intro_en": "Legal information on the position of foreigners in Belgium, for "
            "professionals. Demo content: not legal advice.",
            # A card on the home page: in every site language (test_core_translations).
            "intro_fr": "Des informations juridiques sur la situation des étrangers en Belgique, "
            "pour les professionnels. Contenu de démonstration : pas un avis juridique.",
            "title_uk": "Право іноземців",
            "intro_uk": "Юридична інформація про становище іноземців у Бельгії, для фахівців. "
            "Демонстраційний вміст: не юридична порада.",
            "title_ru": "Право иностранцев",
            "intro_ru": "Юридическая информация о положении иностранцев в Бельгии, для "
            "специалистов. Демонстрационное содержание: не юридическая консультация.",
            "title_ar": "قانون الأجانب",
            "intro_ar": "معلومات قانونية عن وضع الأجانب في بلجيكا، للمهنيين. محتوى تجريبي: "
            "ليس استشارة قانونية.",
            "show_in_menus": True,
        },
    )  # fmt: skip
    news_index = _upsert(
        index, NewsIndexPage, "nieuws",
        {"title_nl": "Nieuws", "title_en": "News", "title_fr": "Actualités", "slug_en": "news",
         "intro_nl": "Nieuws over wetgeving en rechtspraak, per onderwerp."},
    )  # fmt: skip
    case_law = _upsert(
        index, CaseLawIndexPage, "rechtspraak",
        {"title_nl": "Rechtspraak", "title_en": "Case law", "title_fr": "Jurisprudence",
         "slug_en": "case-law", "slug_fr": "jurisprudence",
         "intro_nl": "Zoek in de rechtspraak over vreemdelingenrecht, op woorden, rechtbank, "
         "jaar of onderwerp. De arresten in deze demo zijn verzonnen."},
    )  # fmt: skip
    existing = {r.ecli or r.role_number: r.pk for r in RulingPage.objects.child_of(case_law)}
    pages = _topic_pages(index, topics, existing)
    rulings = _rulings(case_law, topics, pages)
    if set(rulings) - set(existing):  # first run: the pages can now link the new rulings
        _topic_pages(index, topics, rulings)
    _news(news_index, topics, pages)
    _services()
    return index
