"""Buddy settings with their defaults; override any of them in the Django settings."""

from django.conf import settings

DEFAULTS = {
    "BUDDY_PRIVACY_VERSION": "2026-11",
    "BUDDY_UNCONFIRMED_DAYS": 14,
    "BUDDY_PROPOSAL_DAYS": 14,
    "BUDDY_REMINDER_DAYS": (2, 7),
    "BUDDY_STILL_INTERESTED_AFTER": 2,
    "BUDDY_DORMANT_DAYS": 365,
    "BUDDY_DORMANT_GRACE_DAYS": 30,
    "BUDDY_ENDED_RETENTION_DAYS": 365,
    # A local coordinator sees a volunteer's contact details until this long after a local
    # "no" or the end of the engagement (docs/privacy.md, section 2).
    "BUDDY_CONTACT_VISIBLE_DAYS": 30,
    "BUDDY_LINK_HOURS": 72,
    "BUDDY_SESSION_MINUTES": 60,
    "BUDDY_MAX_OPEN_PROPOSALS": 2,
}


def get(name: str):
    return getattr(settings, name, DEFAULTS[name])
