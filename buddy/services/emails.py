"""Every buddy e-mail goes through the portal outbox, in the candidate's own language."""

from __future__ import annotations

from django.conf import settings

from buddy.models import Candidate
from portal.mail_safety import plain_text
from portal.outbox import queue_email


def absolute(path: str) -> str:
    base = getattr(settings, "WAGTAILADMIN_BASE_URL", "") or "http://localhost:8000"
    return base.rstrip("/") + path


def greeting_name(candidate: Candidate) -> str:
    """The name to greet with: none until the address is confirmed (anyone can type a name
    and someone else's address), and never with line breaks or links."""
    return plain_text(candidate.name) if candidate.confirmed_at else ""


def to_candidate(candidate: Candidate, template: str, context: dict, *, dedupe_key=None):
    if not candidate.email:
        return None
    return queue_email(
        to=candidate.email,
        template=f"buddy/emails/{template}",
        context={"candidate": candidate, "greeting_name": greeting_name(candidate), **context},
        language=candidate.language,
        category=f"buddy-{template}",
        dedupe_key=dedupe_key,
    )


def to_staff(user, template: str, context: dict, *, dedupe_key=None):
    if user is None or not user.email:
        return None
    return queue_email(
        to=user.email,
        template=f"buddy/emails/{template}",
        context={"user": user, **context},
        language=getattr(settings, "LANGUAGE_CODE", "nl"),
        category=f"buddy-{template}",
        dedupe_key=dedupe_key,
    )
