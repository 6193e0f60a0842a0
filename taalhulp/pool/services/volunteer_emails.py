"""Every e-mail to a volunteer goes through the portal outbox, in the volunteer's language."""

from __future__ import annotations

from django.conf import settings

from portal.mail_safety import plain_text
from portal.outbox import queue_email
from taalhulp.pool.models import Volunteer


def absolute(path: str) -> str:
    base = getattr(settings, "WAGTAILADMIN_BASE_URL", "") or "http://localhost:8000"
    return base.rstrip("/") + path


def greeting_name(volunteer: Volunteer) -> str:
    """No name until the address is confirmed: anyone can type a name and another's address."""
    return plain_text(volunteer.name) if volunteer.confirmed_at else ""


def to_volunteer(volunteer: Volunteer, template: str, context: dict, *, dedupe_key=None):
    if not volunteer.email:
        return None
    return queue_email(
        to=volunteer.email,
        template=f"taalhulpen/emails/volunteer_{template}",
        context={"volunteer": volunteer, "greeting_name": greeting_name(volunteer), **context},
        language=volunteer.language,
        category=f"taalhulpen-volunteer-{template}",
        dedupe_key=dedupe_key,
    )
