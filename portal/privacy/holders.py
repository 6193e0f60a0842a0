"""Every kind of personal data the site holds about an e-mail address: find, export, erase.

Kinds: the candidate buddy (volunteer), the newsletter subscription, saved searches of the offer
finder, and e-mails in the outbox. Staff accounts are managed by the agency and not covered here.
"""

from __future__ import annotations

from django.db import transaction

from portal.models import AuditEvent, OutboxEmail
from portal.privacy import ledger

KINDS = ["volunteer", "newsletter", "saved_searches", "emails"]


def _candidates(email: str):
    from buddy.models import Candidate

    return Candidate.objects.filter(email=ledger.normalise(email)).exclude(
        status=Candidate.Status.ANONYMISED
    )


def _subscribers(email: str):
    from vreemdelingenrecht.nieuwsbrief.models import Subscriber

    return Subscriber.objects.filter(email=ledger.normalise(email))


def _saved_searches(email: str):
    from search.alerts.models import SavedSearch

    return SavedSearch.objects.filter(email=ledger.normalise(email))


def _emails(email: str):
    return OutboxEmail.objects.filter(to__iexact=ledger.normalise(email))


def summary(email: str) -> dict[str, int]:
    """How many records of each kind the address has (0 when none)."""
    return {
        "volunteer": _candidates(email).count(),
        "newsletter": _subscribers(email).count(),
        "saved_searches": _saved_searches(email).count(),
        "emails": _emails(email).count(),
    }


def _iso(moment) -> str | None:
    return moment.isoformat() if moment else None


def _volunteer_export(candidate) -> dict:
    from buddy.services import candidates as candidate_services

    data = candidate_services.export(candidate)
    # Who looked at the record: the kind of access and when (staff names are not shared).
    data["access_log"] = [
        {"action": event.action, "at": event.at.isoformat()}
        for event in AuditEvent.objects.filter(
            object_type="buddy.Candidate", object_id=str(candidate.pk)
        ).order_by("at")
    ]
    return data


def export(email: str) -> dict:
    """Everything we hold about the address, as plain JSON (right of access and portability)."""
    return {
        "email": ledger.normalise(email),
        "volunteer": [_volunteer_export(candidate) for candidate in _candidates(email)],
        "newsletter": [
            {
                "email": subscriber.email,
                "status": subscriber.status,
                "language": subscriber.language,
                "topics": [topic.slug for topic in subscriber.topics.all()],
                "signed_up_at": _iso(subscriber.created_at),
                "confirmed_at": _iso(subscriber.confirmed_at),
                "issues_sent": [
                    {
                        "subject": delivery.issue.subject,
                        "status": delivery.status,
                        "at": _iso(delivery.created_at),
                    }
                    for delivery in subscriber.deliveries.select_related("issue").order_by("pk")
                ],
            }
            for subscriber in _subscribers(email).prefetch_related("topics")
        ],
        "saved_searches": [
            {
                "search": saved.query,
                "language": saved.language,
                "created_at": _iso(saved.created_at),
                "confirmed_at": _iso(saved.confirmed_at),
                "last_checked_at": _iso(saved.last_sent_at),
            }
            for saved in _saved_searches(email).order_by("pk")
        ],
        # Subjects only: the bodies hold sign-in links that must not travel in a download.
        "emails": [
            {
                "category": message.category,
                "subject": message.subject,
                "status": message.status,
                "created_at": _iso(message.created_at),
                "sent_at": _iso(message.sent_at),
            }
            for message in _emails(email).order_by("pk")
        ],
    }


def _erase_volunteer(email: str) -> int:
    from buddy.services import candidates as candidate_services

    count = 0
    for candidate in _candidates(email):
        candidate_services.anonymise(candidate, reason="erased on request", role="volunteer")
        count += 1
    return count


def _erase_newsletter(email: str) -> int:
    count = _subscribers(email).count()
    _subscribers(email).delete()  # deliveries go with it (cascade)
    return count


def _erase_saved_searches(email: str) -> int:
    count, _details = _saved_searches(email).delete()
    return count


def _erase_emails(email: str) -> int:
    count, _details = _emails(email).delete()
    return count


ERASERS = {
    "volunteer": _erase_volunteer,
    "newsletter": _erase_newsletter,
    "saved_searches": _erase_saved_searches,
    "emails": _erase_emails,
}
SCOPES = {
    "volunteer": ledger.Scope.VOLUNTEER,
    "newsletter": ledger.Scope.NEWSLETTER,
}


@transaction.atomic
def erase(email: str, kinds, *, record: bool = True) -> dict[str, int]:
    """Erase the chosen kinds for the address; the ledger remembers it for restores."""
    kinds = [kind for kind in KINDS if kind in set(kinds)]
    if record:
        if set(kinds) == set(KINDS):
            ledger.record(ledger.Scope.ALL, email)
        for kind in kinds:
            if kind in SCOPES:
                ledger.record(SCOPES[kind], email)
            elif kind == "saved_searches":
                for query in _saved_searches(email).values_list("query", flat=True):
                    ledger.record(
                        ledger.Scope.SAVED_SEARCH, ledger.saved_search_identifier(email, query)
                    )
    return {kind: ERASERS[kind](email) for kind in kinds}


def all_addresses() -> set[str]:
    """Every address in any kind of record (used to re-apply the ledger after a restore)."""
    from buddy.models import Candidate
    from search.alerts.models import SavedSearch
    from vreemdelingenrecht.nieuwsbrief.models import Subscriber

    addresses = set(Candidate.objects.exclude(email="").values_list("email", flat=True))
    addresses |= set(Subscriber.objects.values_list("email", flat=True))
    addresses |= set(SavedSearch.objects.values_list("email", flat=True))
    addresses |= set(OutboxEmail.objects.values_list("to", flat=True))
    return {ledger.normalise(address) for address in addresses}


def erase_saved_searches_matching(digests: set[str]) -> int:
    from search.alerts.models import SavedSearch

    if not digests:
        return 0
    doomed = [
        saved.pk
        for saved in SavedSearch.objects.only("pk", "email", "query")
        if ledger.digest(
            ledger.Scope.SAVED_SEARCH, ledger.saved_search_identifier(saved.email, saved.query)
        )
        in digests
    ]
    count, _details = SavedSearch.objects.filter(pk__in=doomed).delete()
    return count
