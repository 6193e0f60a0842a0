"""The case-law index: its mapping and one document per live, public ruling."""

from __future__ import annotations

from collections.abc import Iterator

from elasticsearch.dsl import Date, Index, Integer, Keyword, Mapping, Text

from search.analyzers import LANGUAGES, all_languages_analyzer, language_analyzer
from search.client import Document
from search.indexes import IndexDefinition, event_version
from vreemdelingenrecht.models import RulingPage

INDEX_NAME = "rulings"


def rulings_index_body() -> dict:
    index = Index(INDEX_NAME)
    index.settings(number_of_shards=1, number_of_replicas=0)
    properties = {
        "ruling_id": Integer(),
        "court": Keyword(),
        "year": Integer(),
        "decision_date": Date(),
        "topics": Keyword(),
        "ecli": Keyword(copy_to="all_text"),
        "role_number": Keyword(normalizer="lowercase", copy_to="all_text"),
        "all_text": Text(analyzer=all_languages_analyzer()),
    }
    for language in LANGUAGES:
        analyzer = language_analyzer(language)
        for name in ("title", "summary"):
            properties[f"{name}_{language}"] = Text(analyzer=analyzer, copy_to="all_text")
    mapping = Mapping()
    for name, field in properties.items():
        mapping.field(name, field)
    index.mapping(mapping)
    body = index.to_dict()
    # A keyword field compared without case: "2023/123" finds "2023/123", whatever its case.
    body.setdefault("settings", {}).setdefault("analysis", {})["normalizer"] = {
        "lowercase": {"type": "custom", "filter": ["lowercase"]}
    }
    return body


def ruling_document(page) -> Document:
    body = {
        "ruling_id": page.pk,
        "court": page.court,
        "year": page.decision_date.year,
        "decision_date": page.decision_date.isoformat(),
        "topics": sorted(page.topics.values_list("slug", flat=True)),
        "ecli": page.ecli,
        "role_number": page.role_number,
    }
    for language in LANGUAGES:
        body[f"title_{language}"] = getattr(page, f"title_{language}", "") or ""
        body[f"summary_{language}"] = getattr(page, f"intro_{language}", "") or ""
    return Document(id=str(page.pk), version=event_version(page.last_published_at), body=body)


def _queryset():
    return RulingPage.objects.live().public().prefetch_related("topics")


def _all_documents() -> Iterator[Document]:
    for page in _queryset().iterator(chunk_size=200):
        yield ruling_document(page)


def _document_for(ruling_id: int) -> Document | None:
    page = _queryset().filter(pk=ruling_id).first()
    return ruling_document(page) if page else None


RULINGS = IndexDefinition(
    name=INDEX_NAME,
    model="vreemdelingenrecht.models.RulingPage",
    body=rulings_index_body,
    documents=_all_documents,
    document_for=_document_for,
)
