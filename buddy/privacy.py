"""The volunteer's record on the data page: find, export and erase it (portal.privacy.holders)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from buddy.models import Candidate
from buddy.services import candidates as candidate_services
from portal.models import AuditEvent
from portal.privacy import holders, ledger


def _candidates(email: str):
    return Candidate.objects.filter(email=email).exclude(status=Candidate.Status.ANONYMISED)


def _export_one(candidate: Candidate) -> dict:
    data = candidate_services.export(candidate)
    # Who looked at the record: the kind of access and when (staff names are not shared).
    data["access_log"] = [
        {"action": event.action, "at": event.at.isoformat()}
        for event in AuditEvent.objects.filter(
            object_type="buddy.Candidate", object_id=str(candidate.pk)
        ).order_by("at")
    ]
    return data


def _export(email: str) -> list:
    return [_export_one(candidate) for candidate in _candidates(email)]


def _erase(email: str) -> int:
    count = 0
    for candidate in _candidates(email):
        candidate_services.anonymise(candidate, reason="erased on request", role="volunteer")
        count += 1
    return count


def _addresses():
    return Candidate.objects.exclude(email="").values_list("email", flat=True)


def register() -> None:
    holders.register(
        holders.Holder(
            kind="volunteer",
            label=_("My registration as a candidate buddy"),
            position=10,
            records=_candidates,
            export=_export,
            erase=_erase,
            addresses=_addresses,
            scope=ledger.Scope.VOLUNTEER,
        )
    )
