"""Every kind of personal data the site holds about an e-mail address: find, export, erase.

Each app that keeps personal data registers a Holder in registries.personal_data_holders from its
AppConfig.ready(); the portal registers the e-mails of its outbox. Staff accounts are managed by
the agency and not covered here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.db import transaction
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from portal import registries
from portal.models import OutboxEmail
from portal.privacy import ledger


@dataclass(frozen=True)
class Holder:
    """One kind of personal data. Every callable gets the address already normalised."""

    kind: str  # the key in the summary, the download and the erase form
    label: str  # what the data page calls it (a lazy translation)
    position: int  # the place of the kind in the summary and the download (part of its format)
    records: Callable[[str], QuerySet]  # the address's records; the summary counts them
    export: Callable[[str], list]  # those records as plain JSON
    erase: Callable[[str], int]  # erase them; returns how many
    addresses: Callable[[], Iterable[str]]  # every address this kind holds (for a restore)
    # The ledger scope recorded under the address when this kind is erased, if any.
    scope: str | None = None
    # Ledger records of their own, taken before an erasure (e.g. one per saved search).
    remember: Callable[[str], None] | None = None
    # The scope of those records, and how to erase what they name again after a restore.
    remembered_scope: str | None = None
    erase_remembered: Callable[[set[str]], int] | None = None


def register(holder: Holder) -> Holder:
    return registries.personal_data_holders.register(holder.kind, holder)


def all_holders() -> list[Holder]:
    return sorted(registries.personal_data_holders, key=lambda holder: holder.position)


def kinds() -> list[str]:
    return [holder.kind for holder in all_holders()]


def labels() -> dict[str, str]:
    return {holder.kind: holder.label for holder in all_holders()}


def iso(moment) -> str | None:
    """A moment in an export: ISO 8601, or None when it is not set."""
    return moment.isoformat() if moment else None


def summary(email: str) -> dict[str, int]:
    """How many records of each kind the address has (0 when none)."""
    email = ledger.normalise(email)
    return {holder.kind: holder.records(email).count() for holder in all_holders()}


def export(email: str) -> dict:
    """Everything we hold about the address, as plain JSON (right of access and portability)."""
    email = ledger.normalise(email)
    return {"email": email, **{holder.kind: holder.export(email) for holder in all_holders()}}


@transaction.atomic
def erase(email: str, chosen, *, record: bool = True) -> dict[str, int]:
    """Erase the chosen kinds for the address; the ledger remembers it for restores."""
    email = ledger.normalise(email)
    chosen = [holder for holder in all_holders() if holder.kind in set(chosen)]
    if record:
        if {holder.kind for holder in chosen} == set(kinds()):
            ledger.record(ledger.Scope.ALL, email)
        for holder in chosen:
            if holder.scope:
                ledger.record(holder.scope, email)
            elif holder.remember:
                holder.remember(email)
    return {holder.kind: holder.erase(email) for holder in chosen}


def all_addresses() -> set[str]:
    """Every address in any kind of record (used to re-apply the ledger after a restore)."""
    return {ledger.normalise(address) for holder in all_holders() for address in holder.addresses()}


def reapply_ledger() -> dict:
    """Erase again everyone the ledger names; returns how many records were erased per scope."""
    Scope = ledger.Scope
    wanted = ledger.wanted()
    counts = dict.fromkeys(Scope.values, 0)
    single = [holder for holder in all_holders() if holder.scope]
    for email in all_addresses():
        if ledger.digest(Scope.ALL, email) in wanted[Scope.ALL]:
            counts[Scope.ALL] += sum(erase(email, kinds(), record=False).values())
            continue
        for holder in single:
            if ledger.digest(holder.scope, email) in wanted[holder.scope]:
                counts[holder.scope] += erase(email, [holder.kind], record=False)[holder.kind]
    for holder in all_holders():
        if holder.erase_remembered:
            scope = holder.remembered_scope
            counts[scope] += holder.erase_remembered(wanted[scope])
    return counts


# --- the e-mails of the outbox ---------------------------------------------------------------


def _emails(email: str):
    return OutboxEmail.objects.filter(to__iexact=email)


def _emails_export(email: str) -> list:
    # Subjects only: the bodies hold sign-in links that must not travel in a download.
    return [
        {
            "category": message.category,
            "subject": message.subject,
            "status": message.status,
            "created_at": iso(message.created_at),
            "sent_at": iso(message.sent_at),
        }
        for message in _emails(email).order_by("pk")
    ]


def _emails_erase(email: str) -> int:
    count, _details = _emails(email).delete()
    return count


def _emails_addresses():
    return OutboxEmail.objects.values_list("to", flat=True)


def register_emails() -> Holder:
    """The outbox's e-mails, last in the download (called from the privacy app's ready())."""
    return register(
        Holder(
            kind="emails",
            label=_("The e-mails we sent me"),
            position=90,
            records=_emails,
            export=_emails_export,
            erase=_emails_erase,
            addresses=_emails_addresses,
        )
    )
