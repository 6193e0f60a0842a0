"""The pool's signed links: confirm a registration, open the volunteer's own page."""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from portal.signed_links import LinkError, SignedLinks
from taalhulp.pool.models import Volunteer

__all__ = ["LinkError", "check", "confirm_url", "magic_url", "redeem", "setting"]

DEFAULTS = {
    "TAALHULP_PRIVACY_VERSION": "2026-12",
    "TAALHULP_UNCONFIRMED_DAYS": 14,
    "TAALHULP_LINK_HOURS": 72,
    "TAALHULP_SESSION_MINUTES": 60,
}


def setting(name: str):
    return getattr(settings, name, DEFAULTS[name])


def _lookup(pk):
    return Volunteer.objects.exclude(status=Volunteer.Status.ANONYMISED).filter(pk=pk).first()


def _max_age(purpose: str | None) -> int:
    if purpose == "confirm":
        return setting("TAALHULP_UNCONFIRMED_DAYS") * 86400
    return setting("TAALHULP_LINK_HOURS") * 3600


LINKS = SignedLinks(salt="taalhulpen.links", lookup=_lookup, max_age=_max_age)
check = LINKS.check
redeem = LINKS.redeem


def confirm_url(volunteer: Volunteer) -> str:
    with translation.override(volunteer.language):
        return reverse("taalhulpen:confirm", kwargs={"token": LINKS.token(volunteer, "confirm")})


def magic_url(volunteer: Volunteer) -> str:
    with translation.override(volunteer.language):
        return reverse("taalhulpen:link_open", kwargs={"token": LINKS.token(volunteer, "me")})
