"""How long the pool keeps personal data; settings.TAALHULP_POOL_RETENTION may override it."""

from __future__ import annotations

import datetime as dt

from django.conf import settings

DEFAULTS = {
    "UNCONFIRMED_DAYS": 14,  # a registration never confirmed: no consent to keep it
    "WITHDRAWN_DAYS": 30,  # a withdrawn volunteer, kept for questions about open conversations
    "INACTIVE_DAYS": 730,  # 24 months without any activity
    "REQUEST_TEXT_DAYS": 90,  # description and feedback text, counted from the conversation
    "REQUEST_DAYS": 730,  # the request itself (its counts live on in MatchRun and the figures)
}


def days(name: str) -> int:
    return {**DEFAULTS, **getattr(settings, "TAALHULP_POOL_RETENTION", {})}[name]


def limit(name: str) -> dt.timedelta:
    return dt.timedelta(days=days(name))
