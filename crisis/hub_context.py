"""What a crisis hub page shows: FAQ per audience, publications, links. The hub page's
get_context uses it, so it reads the hub it is given and never imports crisis.models. Its webinars
come from the training calendar through a page context provider (`webinars`)."""

from __future__ import annotations

from urllib.parse import urlencode

from django.utils import translation
from wagtail.models import Page
from wagtail.rich_text import expand_db_html

from crisis import domain
from portal.i18n import shown_language

LEGAL_PAGE_SLUG = "tijdelijke-bescherming"
OFFER_FINDER_PATH = "aanbodzoeker/"


def offer_finder_url(hub, language: str | None = None) -> str:
    """The offer search in the visitor's language, filtered on the hub's group and language."""
    language = language or translation.get_language() or "nl"
    params = {}
    if hub.offer_target_group:
        params["target_group"] = hub.offer_target_group
    if hub.offer_support_language:
        params["support_language"] = hub.offer_support_language
    query = f"?{urlencode(params)}" if params else ""
    return f"/{language}/{OFFER_FINDER_PATH}{query}"


def legal_page(hub):
    """The chosen legal page, or the temporary protection page found by its Dutch slug; none
    when it is not live or behind a view restriction."""
    pages = Page.objects.live().public()
    if hub.legal_page_id:
        return pages.filter(pk=hub.legal_page_id).specific().first()
    return pages.filter(slug_nl=LEGAL_PAGE_SLUG).specific().first()


def faq_groups(hub) -> list[dict]:
    """FAQ items grouped by audience, in the fixed audience order; empty groups left out."""
    items = list(hub.faq_items.all())
    groups = []
    for audience in domain.AUDIENCES:
        members = [item for item in items if item.audience == audience]
        if members:
            label = members[0].get_audience_display()
            groups.append({"audience": audience, "label": label, "items": members})
    return groups


def faq_jsonld(hub, request=None) -> dict:
    language = translation.get_language() or "nl"
    pairs = [(item.question, expand_db_html(item.answer)) for item in hub.faq_items.all()]
    return domain.faq_page(pairs, language=language, url=hub.get_full_url(request) or "")


def publication_language(request) -> str:
    """The language the visitor picked for publications, else the language of the site."""
    picked = domain.valid_language(request.GET.get("lang")) if request is not None else None
    return picked or translation.get_language() or "nl"


def publications(hub, preferred: str) -> list[dict]:
    return [
        {"publication": publication, "choice": publication.files_for(preferred)}
        for publication in hub.publications.all()
    ]


def fallback_of(obj, field: str) -> str:
    shown = shown_language(obj, field)
    return "" if shown == translation.get_language() else shown


def hub_context(hub, request) -> dict:
    preferred = publication_language(request)
    return {
        "offer_url": offer_finder_url(hub),
        "legal": legal_page(hub),
        "faq_groups": faq_groups(hub),
        "faq_jsonld": faq_jsonld(hub, request),
        "publication_language": preferred,
        "publication_language_name": domain.language_name(preferred),
        "publication_languages": list(domain.PUBLICATION_LANGUAGES.items()),
        "publications": publications(hub, preferred),
    }
