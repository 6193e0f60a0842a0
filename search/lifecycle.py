"""Index lifecycle: versioned indices behind a read alias, atomic rebuilds, status and clean-up."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from django.utils import timezone

from search.client import Document, SearchClient
from search.indexes import IndexDefinition
from search.models import PendingIndexUpdate

BATCH_SIZE = 500


@dataclass
class RebuildReport:
    index: str
    documents: int = 0
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0


def alias_name(client: SearchClient, definition: IndexDefinition) -> str:
    return client.index_name(definition.name)


def versioned_indices(client: SearchClient, definition: IndexDefinition) -> dict[str, list[str]]:
    """Every versioned index of a definition, with its aliases."""
    return client.indices(f"{alias_name(client, definition)}-*")


def write_targets(client: SearchClient, definition: IndexDefinition) -> list[str]:
    """Updates go to every versioned index, so one that is being built misses nothing."""
    return sorted(versioned_indices(client, definition))


def _batches(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def rebuild(
    client: SearchClient,
    definition: IndexDefinition,
    *,
    progress: Callable[[int], None] | None = None,
) -> RebuildReport:
    """Fill a new index, then swap the alias to it in one step; searches never see a gap."""
    started = time.monotonic()
    name = f"{alias_name(client, definition)}-{timezone.now():%Y%m%d%H%M%S%f}"
    report = RebuildReport(index=name)
    client.create_index(name, definition.body())
    for batch in _batches(definition.documents(), BATCH_SIZE):
        indexed, failures = client.bulk(name, batch)
        report.documents += len(batch)
        report.failures.extend(failures)
        if progress:
            progress(report.documents)
    client.refresh(name)
    client.swap_alias(alias_name(client, definition), name)
    report.seconds = time.monotonic() - started
    return report


def stale_indices(client: SearchClient, definition: IndexDefinition) -> list[str]:
    """Versioned indices the alias no longer points to, oldest first; the newest unaliased one
    may be a rebuild in progress and is kept."""
    alias = alias_name(client, definition)
    indices = versioned_indices(client, definition)
    live = [name for name, aliases in indices.items() if alias in aliases]
    if not live:
        return []
    newest_live = max(live)
    return sorted(name for name in indices if name < newest_live and alias not in indices[name])


def drop_stale(client: SearchClient, definition: IndexDefinition) -> list[str]:
    dropped = stale_indices(client, definition)
    for name in dropped:
        client.delete_index(name)
    return dropped


def status(client: SearchClient, definition: IndexDefinition) -> dict:
    alias = alias_name(client, definition)
    targets = client.alias_targets(alias)
    return {
        "alias": alias,
        "serving": targets,
        "documents": sum(client.count(name) for name in targets),
        "indices": sorted(versioned_indices(client, definition)),
        "stale": stale_indices(client, definition),
        "pending": list(
            PendingIndexUpdate.objects.filter(index_name=definition.name).order_by("created_at")
        ),
    }
