"""Mails that strangers can trigger: text they chose goes in plain, and each address gets few."""

from __future__ import annotations

import re
import unicodedata

from django.conf import settings
from django.core.cache import cache
from django.utils.crypto import salted_hmac

MAX_NAME_LENGTH = 80
_JOINERS = {"\u200c", "\u200d"}  # needed to write some Arabic-script names
# A word that a mail program would turn into a link, or that invites to type one.
_LINKISH = re.compile(
    r"(://|^www\.|@|^[^\W_][\w-]*(\.[\w-]+)*\.[^\W\d_]{2,}\b)", re.IGNORECASE | re.UNICODE
)


def plain_text(text: str, max_length: int = MAX_NAME_LENGTH) -> str:
    """One line without links: line breaks and control or direction characters become
    spaces, and words that look like a web or mail address are left out."""
    cleaned = "".join(
        " "
        if unicodedata.category(char) in {"Cc", "Cf", "Zl", "Zp"} and char not in _JOINERS
        else char
        for char in text or ""
    )
    words = [word for word in cleaned.split() if not _LINKISH.search(word.strip("()[]<>\"'.,;:!?"))]
    return " ".join(words)[:max_length].strip()


def counting_key(email: str) -> str:
    """The address as counted for limits only: lower case, without a "+tag" in the local part
    (name+1@example.org and Name@example.org are one mailbox)."""
    local, _at, domain = (email or "").strip().lower().rpartition("@")
    if not _at:
        return domain
    return f"{local.split('+', 1)[0]}@{domain}"


def first_unconfirmed_mail(purpose: str, email: str) -> bool:
    """True for the first mail of `purpose` to this mailbox this hour; later calls in the hour
    say False, so the caller sends nothing (and shows the visitor the same page)."""
    key = salted_hmac("portal.mail_safety", f"{purpose}:{counting_key(email)}").hexdigest()
    seconds = getattr(settings, "UNCONFIRMED_MAIL_SECONDS", 3600)
    return cache.add(f"unconfirmed-mail:{key}", 1, timeout=seconds)
