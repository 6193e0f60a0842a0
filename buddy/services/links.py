"""Signed links in e-mails: the confirmation link and single-use, expiring magic links."""

from __future__ import annotations

from django.urls import reverse
from django.utils import translation

from buddy import conf
from buddy.models import Candidate
from portal.signed_links import LinkError, SignedLinks

__all__ = ["LinkError", "check", "confirm_url", "magic_url", "redeem"]

SALT = "buddy.links"


def _lookup(pk) -> Candidate | None:
    candidate = Candidate.objects.filter(pk=pk).first()
    if candidate is None or candidate.status == Candidate.Status.ANONYMISED:
        return None
    return candidate


def _max_age(purpose: str | None) -> int:
    if purpose == "confirm":
        return conf.get("BUDDY_UNCONFIRMED_DAYS") * 86400
    return conf.get("BUDDY_LINK_HOURS") * 3600


LINKS = SignedLinks(salt=SALT, lookup=_lookup, max_age=_max_age)


def _token(candidate: Candidate, purpose: str) -> str:
    return LINKS.token(candidate, purpose)


def confirm_url(candidate: Candidate) -> str:
    with translation.override(candidate.language):
        return reverse("buddy:confirm", kwargs={"token": _token(candidate, "confirm")})


def magic_url(candidate: Candidate, next_name: str = "buddy:me") -> str:
    token = _token(candidate, next_name.split(":")[-1])
    with translation.override(candidate.language):
        return reverse("buddy:link_open", kwargs={"token": token})


def check(token: str, *, purpose: str | None = None) -> tuple[Candidate, str]:
    """The candidate and purpose of a valid link, without using it up (for the page that
    asks the visitor to continue: mail scanners open links too)."""
    return LINKS.check(token, purpose=purpose)


def redeem(token: str, *, purpose: str | None = None) -> tuple[Candidate, str]:
    """The candidate and purpose of a valid link. The link works once: the nonce rotates."""
    return LINKS.redeem(token, purpose=purpose)
