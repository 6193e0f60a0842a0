"""Queue index updates: record the newest wanted version, then hand the task to the broker.

Apart from search.services, which the tasks call, so the two never import each other."""

from __future__ import annotations

from django.db import transaction

from portal.queueing import enqueue
from search.client import get_client
from search.indexes import event_version
from search.models import PendingIndexUpdate
from search.tasks import apply_index_update


def index_update_enqueue(*, index_name: str, object_id: int, version: int | None = None) -> None:
    """Record that an object changed and queue the engine update after the transaction commits.

    The row keeps only the newest version, so a late, older event cannot win."""
    if get_client() is None:
        return
    version = version or event_version()
    with transaction.atomic():
        pending, created = PendingIndexUpdate.objects.select_for_update().get_or_create(
            index_name=index_name,
            object_id=object_id,
            defaults={"version": version},
        )
        if not created and version > pending.version:
            pending.version = version
            pending.save(update_fields=["version", "updated_at"])
    # Broker down: the row above stays, and retry_pending_index_updates replays it.
    transaction.on_commit(lambda: enqueue(apply_index_update, index_name, object_id))
