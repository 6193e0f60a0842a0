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


def apply() -> dict:
    """Erase again everyone the ledger names; returns how many records were erased per scope."""
    from portal.privacy import holders

    wanted = {scope: set() for scope in Scope.values}
    for scope, value in ErasureRecord.objects.values_list("scope", "digest"):
        wanted[scope].add(value)
    counts = dict.fromkeys(Scope.values, 0)
    single = [(Scope.VOLUNTEER, "volunteer"), (Scope.NEWSLETTER, "newsletter")]
    for email in holders.all_addresses():
        if digest(Scope.ALL, email) in wanted[Scope.ALL]:
            counts[Scope.ALL] += sum(holders.erase(email, holders.KINDS, record=False).values())
            continue
        for scope, kind in single:
            if digest(scope, email) in wanted[scope]:
                counts[scope] += holders.erase(email, [kind], record=False)[kind]
    counts[Scope.SAVED_SEARCH] = holders.erase_saved_searches_matching(wanted[Scope.SAVED_SEARCH])
    return counts
