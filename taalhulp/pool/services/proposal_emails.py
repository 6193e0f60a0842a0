"""E-mails of the proposal workflow, through the portal outbox: to the volunteer, to the service."""

from __future__ import annotations

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import translation
from django.utils.functional import lazy

from portal.mail_safety import plain_text
from portal.outbox import queue_email
from taalhulp.pool import conf
from taalhulp.pool.models import Proposal

SALT = "taalhulpen.proposal-answer"


def absolute(path: str) -> str:
    base = getattr(settings, "WAGTAILADMIN_BASE_URL", "") or "http://localhost:8000"
    return base.rstrip("/") + path


def token_for(proposal: Proposal) -> str:
    """A signed token naming the proposal; it works while the proposal waits for an answer."""
    return signing.dumps({"p": proposal.pk, "v": str(proposal.volunteer.public_id)}, salt=SALT)


def token_data(token: str) -> dict:
    """The token's content; raises signing.BadSignature (or SignatureExpired)."""
    return signing.loads(token, salt=SALT, max_age=conf.get("TAALHULP_LINK_DAYS") * 86400)


def answer_url(proposal: Proposal) -> str:
    with translation.override(proposal.volunteer.language):
        path = reverse("taalhulpen:proposal_answer", kwargs={"token": token_for(proposal)})
    return absolute(path)


def _place(request) -> str:
    return str(request.municipality) if request.municipality_id else request.postcode


def _facts(proposal: Proposal) -> dict:
    request = proposal.request
    return {
        "proposal": proposal,
        "help_request": request,
        # Lazy: named in the e-mail's own language when the template renders.
        "language_name": lazy(language_label, str)(request.language),
        # The municipality only: never the street or the client.
        "place": lazy(_place, str)(request),
    }


def to_volunteer(proposal: Proposal, template: str, *, dedupe_key: str, **extra):
    volunteer = proposal.volunteer
    if not volunteer.email:
        return None
    return queue_email(
        to=volunteer.email,
        template=f"taalhulpen/emails/proposal_{template}",
        context={
            "greeting_name": plain_text(volunteer.name) if volunteer.confirmed_at else "",
            **_facts(proposal),
            **extra,
        },
        language=volunteer.language or settings.LANGUAGE_CODE,
        category=f"taalhulp-proposal-{template}",
        dedupe_key=dedupe_key,
    )


def to_service(proposal: Proposal, template: str, *, dedupe_key: str):
    service = proposal.request.service
    if not service.contact_email:
        return None
    return queue_email(
        to=service.contact_email,
        template=f"taalhulpen/emails/proposal_{template}",
        context={
            "service": service,
            "volunteer_name": plain_text(proposal.volunteer.name),
            **_facts(proposal),
        },
        language=getattr(settings, "LANGUAGE_CODE", "nl"),
        category=f"taalhulp-proposal-{template}",
        dedupe_key=dedupe_key,
    )


def language_label(code: str) -> str:
    """The language's name in the active language, else its code."""
    try:
        return str(translation.get_language_info(code)["name_translated"])
    except KeyError:
        return code
