"""The pages index: its mapping and one document per live, public content page."""

from __future__ import annotations

from collections.abc import Iterator

from django.utils import translation
from elasticsearch.dsl import Date, Index, Integer, Keyword, Mapping, Text
from wagtail.models import Page

from portal.models import BasePage
from search.analyzers import LANGUAGES, all_languages_analyzer, language_analyzer
from search.client import Document
from search.indexes import IndexDefinition, event_version


def pages_index_body() -> dict:
    index = Index("pages")
    index.settings(number_of_shards=1, number_of_replicas=0, max_result_window=10_000)
    properties = {
        "page_id": Integer(),
        "page_type": Keyword(),
        "languages": Keyword(),
        "published_at": Date(),
        "all_text": Text(analyzer=all_languages_analyzer()),
    }
    for language in LANGUAGES:
        analyzer = language_analyzer(language)
        properties[f"title_{language}"] = Text(analyzer=analyzer, copy_to="all_text")
        properties[f"intro_{language}"] = Text(analyzer=analyzer, copy_to="all_text")
        properties[f"body_{language}"] = Text(analyzer=analyzer, copy_to="all_text")
        properties[f"url_{language}"] = Keyword(index=False)
    mapping = Mapping()
    for name, field in properties.items():
        mapping.field(name, field)
    index.mapping(mapping)
    return index.to_dict()


def _indexable_pages():
    return [
        page
        for page in Page.objects.live().public().filter(depth__gt=1).specific().iterator()
        if isinstance(page, BasePage)
    ]


def _own_text(page, field: str, language: str) -> str:
    value = getattr(page, f"{field}_{language}", None)  # the raw column, no fallback
    if field == "body":
        if not value:
            return ""
        return " ".join(str(part) for part in value.stream_block.get_searchable_content(value))
    return value or ""


def page_document(page) -> Document:
    body = {
        "page_id": page.pk,
        "page_type": page._meta.label_lower,
        "published_at": page.last_published_at.isoformat() if page.last_published_at else None,
        "languages": [],
    }
    for language in LANGUAGES:
        title = _own_text(page, "title", language)
        intro = _own_text(page, "intro", language)
        text = _own_text(page, "body", language)
        body[f"title_{language}"] = title
        body[f"intro_{language}"] = intro
        body[f"body_{language}"] = text
        if title or intro or text:
            body["languages"].append(language)
        with translation.override(language):
            body[f"url_{language}"] = page.get_url()
    return Document(id=str(page.pk), version=event_version(page.last_published_at), body=body)


def _all_page_documents() -> Iterator[Document]:
    for page in _indexable_pages():
        yield page_document(page)


def _page_document_for(page_id: int) -> Document | None:
    page = Page.objects.live().public().filter(pk=page_id).specific().first()
    if page is None or page.depth <= 1 or not hasattr(page, "intro"):
        return None
    return page_document(page)


PAGES = IndexDefinition(
    name="pages",
    model="portal.models.BasePage",  # content pages only; offers have their own index
    body=pages_index_body,
    documents=_all_page_documents,
    document_for=_page_document_for,
)
