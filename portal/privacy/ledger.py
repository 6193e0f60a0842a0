"""The erasure ledger: keyed hashes of erased identifiers, re-applied after a restore.

A backup made before an erasure still holds the person. The ledger survives the restore (it is
also appended to PRIVACY_LEDGER_PATH, outside the database) and `erasure_ledger apply` erases
them again before the site goes live.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable
from pathlib import Path

from django.conf import settings

from portal.privacy.models import ErasureRecord

Scope = ErasureRecord.Scope


def normalise(email: str) -> str:
    return email.strip().lower()


def digest(scope: str, identifier: str) -> str:
    """HMAC-SHA256 of the scope and identifier; it matches an address but does not reveal it."""
    key = (getattr(settings, "PRIVACY_LEDGER_KEY", "") or settings.SECRET_KEY).encode()
    message = f"{scope}:{identifier}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def saved_search_identifier(email: str, query: str) -> str:
    return f"{normalise(email)}\n{query}"


def record(scope: str, identifier: str) -> ErasureRecord:
    """Remember one erasure (idempotent) and append it to the ledger file when configured."""
    value = digest(scope, identifier if scope == Scope.SAVED_SEARCH else normalise(identifier))
    entry, created = ErasureRecord.objects.get_or_create(scope=scope, digest=value)
    if created:
        _append(entry)
    return entry


def _append(entry: ErasureRecord) -> None:
    path = getattr(settings, "PRIVACY_LEDGER_PATH", "")
    if not path:
        return
    with Path(path).open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(as_line(entry)) + "\n")


def as_line(entry: ErasureRecord) -> dict:
    return {"scope": entry.scope, "digest": entry.digest, "at": entry.erased_at.isoformat()}


def export_lines() -> Iterable[str]:
    for entry in ErasureRecord.objects.order_by("pk"):
        yield json.dumps(as_line(entry))


def import_lines(lines: Iterable[str]) -> int:
    """Add the records of a ledger file that the (restored) database does not know yet."""
    added = 0
    for line in lines:
        if not line.strip():
            continue
        data = json.loads(line)
        if data.get("scope") not in Scope.values or len(str(data.get("digest", ""))) != 64:
            raise ValueError(f"not a ledger line: {line[:80]!r}")
        _entry, created = ErasureRecord.objects.get_or_create(
            scope=data["scope"], digest=data["digest"]
        )
        added += created
    return added


def wanted() -> dict[str, set[str]]:
    """The digests of the ledger, by scope."""
    digests = {scope: set() for scope in Scope.values}
    for scope, value in ErasureRecord.objects.values_list("scope", "digest"):
        digests[scope].add(value)
    return digests
