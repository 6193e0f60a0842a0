"""Every buddy e-mail goes through the portal outbox, in the candidate's own language."""

from __future__ import annotations

from django.conf import settings

from buddy.models import Candidate
from portal.outbox import queue_email


def absolute(path: str) -> str:
    base = getattr(settings, "WAGTAILADMIN_BASE_URL", "") or "http://localhost:8000"
    return base.rstrip("/") + path


def to_candidate(candidate: Candidate, template: str, context: dict, *, dedupe_key=None):
    if not candidate.email:
        return None
    return queue_email(
        to=candidate.email,
        template=f"buddy/emails/{template}",
        context={"candidate": candidate, **context},
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
