"""What a local service does with its requests: ask, cancel, give feedback; and the route check."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from portal.models import Postcode
from taalhulp import decision
from taalhulp.aid import guard_reason
from taalhulp.models import LanguageHelpPage, LanguageHelpSettings
from taalhulp.pool import choices
from taalhulp.pool.models import HelpRequest, LocalService, Proposal
from taalhulp.pool.services import proposals

# Before a volunteer is found (or while one is being asked) the service may still cancel.
CANCELLABLE = frozenset(
    {
        HelpRequest.Status.OPEN,
        HelpRequest.Status.PROPOSED,
        HelpRequest.Status.OFFERED,
        HelpRequest.Status.ACCEPTED,
        HelpRequest.Status.UNANSWERED,
    }
)


def postcode_place(code: str) -> Postcode | None:
    """The postcode's place and centre, None for a postcode we do not know."""
    return Postcode.objects.filter(code=code).select_related("municipality").first()


def aid_page():
    """The live language help page whose rules the editors wrote, None when there is none."""
    return LanguageHelpPage.objects.live().order_by("pk").first()


def route_for(answers: decision.Answers) -> decision.Decision:
    """The decision aid's route with the editors' rules, or the interpreter default."""
    page = aid_page()
    if page is None:
        rules, default = [], decision.Rule(route=decision.HELPER)
    else:
        rules, default = page.decision_rules(), page.default_rule()
    return decision.decide(answers, rules, default, guard_reason=guard_reason())


def refused(answers: decision.Answers) -> bool:
    """Heavy or sensitive, or the aid says a certified interpreter: not for a volunteer."""
    if answers.kind in decision.SENSITIVE_KINDS or answers.heavy:
        return True
    return route_for(answers).route == decision.INTERPRETER


def booking_url(request) -> str:
    """Where services book a certified interpreter (the language help settings)."""
    return LanguageHelpSettings.for_request(request).booking_url


@transaction.atomic
def ask(service: LocalService, user, data: dict) -> HelpRequest:
    """Store a routine request of the service; the form has checked and screened the data."""
    place = postcode_place(data["postcode"]) if data["mode"] == choices.Mode.ONSITE else None
    return HelpRequest.objects.create(
        service=service,
        created_by=user,
        language=data["language"],
        kind=data["kind"],
        mode=data["mode"],
        postcode=place.code if place else "",
        municipality=place.municipality if place else None,
        latitude=place.latitude if place else None,
        longitude=place.longitude if place else None,
        starts_at=data["starts_at"],
        minutes=data["minutes"],
        conversation_kind=data["conversation_kind"],
        difficulty=choices.Difficulty.ROUTINE,
        description=data["description"],
    )


def can_cancel(help_request: HelpRequest) -> bool:
    return help_request.status in CANCELLABLE and help_request.starts_at > timezone.now()


def accepted_proposal(help_request: HelpRequest) -> Proposal | None:
    return (
        help_request.proposals.filter(status=Proposal.Status.ACCEPTED)
        .select_related("volunteer")
        .first()
    )


def volunteer_first_name(help_request: HelpRequest) -> str:
    """Only the first name, and only once a volunteer has accepted."""
    proposal = accepted_proposal(help_request)
    if proposal is None:
        return ""
    return (proposal.volunteer.name.split() or [""])[0]


@transaction.atomic
def cancel(help_request: HelpRequest) -> None:
    """Cancel before the conversation; live proposals are withdrawn and a volunteer who was
    asked or had accepted hears so."""
    locked = HelpRequest.objects.select_for_update().get(pk=help_request.pk)
    if not can_cancel(locked):
        raise ValueError("this request can no longer be cancelled")
    now = timezone.now()
    locked.status = HelpRequest.Status.CANCELLED
    locked.cancelled_at = now
    locked.save(update_fields=["status", "cancelled_at"])
    proposals.withdraw_for_request(locked)
    help_request.refresh_from_db()


def can_give_feedback(help_request: HelpRequest) -> bool:
    """After the conversation with the volunteer who accepted, once."""
    return (
        help_request.status == HelpRequest.Status.ACCEPTED
        and help_request.starts_at <= timezone.now()
        and help_request.feedback_at is None
    )


@transaction.atomic
def give_feedback(help_request: HelpRequest, *, score: int, text: str, difficult: bool) -> None:
    """Record how it went; a difficult conversation asks the coordinator to coach the volunteer."""
    locked = HelpRequest.objects.select_for_update().get(pk=help_request.pk)
    if not can_give_feedback(locked):
        raise ValueError("no feedback possible for this request")
    now = timezone.now()
    locked.feedback_score = score
    locked.feedback_text = text
    locked.feedback_difficult = difficult
    locked.feedback_at = now
    locked.status = HelpRequest.Status.COMPLETED
    locked.completed_at = now
    locked.save(
        update_fields=[
            "feedback_score",
            "feedback_text",
            "feedback_difficult",
            "feedback_at",
            "status",
            "completed_at",
        ]
    )
    proposal = accepted_proposal(locked)
    if difficult and proposal is not None:
        volunteer = proposal.volunteer
        volunteer.needs_coaching = True
        volunteer.save(update_fields=["needs_coaching"])
    help_request.refresh_from_db()
