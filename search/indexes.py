"""Index definitions: what each managed index holds, how it is built, which events update it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

from django.utils import timezone
from django.utils.module_loading import import_string

from portal.registries import Registry
from search.client import Document

# Page events the one handler in search.signals turns into index updates of one object.
PUBLISHED, UNPUBLISHED, MOVED, DELETED, VIEW_RESTRICTION = (
    "published",
    "unpublished",
    "moved",  # the page and every live page below it
    "deleted",
    "view_restriction",  # saved or deleted: the page and every live page below it
)
PAGE_EVENTS = frozenset({PUBLISHED, UNPUBLISHED, MOVED, DELETED, VIEW_RESTRICTION})


@dataclass(frozen=True)
class IndexDefinition:
    """One managed index: `name` is its alias, versioned indices are `<alias>-<timestamp>`."""

    name: str
    # Dotted path of the class whose instances the index holds (subclasses too; an abstract
    # base such as portal.models.BasePage has no app label, so not "app.Model").
    model: str
    body: Callable[[], dict]
    documents: Callable[[], Iterator[Document]]
    document_for: Callable[[int], Document | None]  # None: the object must leave the index
    events: frozenset[str] = PAGE_EVENTS  # the events that queue an update of one object

    def holds(self, instance) -> bool:
        return isinstance(instance, _model_class(self.model))


@cache
def _model_class(path: str) -> type:
    # Resolved on first use: model classes exist only once the app registry is ready.
    return import_string(path)


def event_version(moment=None) -> int:
    """External versions are event times in microseconds, so a later event always wins."""
    moment = moment or timezone.now()
    return int(moment.timestamp() * 1_000_000)


# Filled by search.wiring when the app is ready; rebuilds, status, queued updates and the
# signal handler serve every registered index alike.
index_definitions: Registry[IndexDefinition] = Registry("search index definitions")
