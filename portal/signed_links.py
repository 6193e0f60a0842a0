"""Signed links in e-mails: a confirmation link and single-use, expiring magic links."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from typing import Any

from django.core import signing


class LinkError(Exception):
    """The link is broken, expired or already used; `code` says which."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


class SignedLinks:
    """Tokens that name one object, a purpose and the object's current nonce.

    `lookup(pk)` returns the object or None (None also for objects that may not use links any
    more, such as anonymised ones). `max_age(purpose)` gives the lifetime in seconds. A link
    works once: `redeem` rotates the nonce field, so every earlier link says "used".
    """

    def __init__(
        self,
        *,
        salt: str,
        lookup: Callable[[Any], Any | None],
        max_age: Callable[[str | None], int],
        nonce_field: str = "link_nonce",
    ):
        self.salt = salt
        self.lookup = lookup
        self.max_age = max_age
        self.nonce_field = nonce_field

    def token(self, obj, purpose: str) -> str:
        nonce = getattr(obj, self.nonce_field)
        return signing.dumps({"c": obj.pk, "n": nonce, "p": purpose}, salt=self.salt)

    def check(self, token: str, *, purpose: str | None = None) -> tuple[Any, str]:
        """The object and purpose of a valid link, without using it up (for the page that asks
        the visitor to continue: mail scanners open links too)."""
        try:
            data = signing.loads(token, salt=self.salt, max_age=self.max_age(purpose))
        except signing.SignatureExpired:
            raise LinkError("expired") from None
        except signing.BadSignature:
            raise LinkError("invalid") from None
        if not isinstance(data, dict) or (purpose is not None and data.get("p") != purpose):
            raise LinkError("invalid")
        obj = self.lookup(data.get("c"))
        if obj is None:
            raise LinkError("invalid")
        if not secrets.compare_digest(str(getattr(obj, self.nonce_field)), str(data.get("n"))):
            raise LinkError("used")
        return obj, data["p"]

    def redeem(self, token: str, *, purpose: str | None = None) -> tuple[Any, str]:
        """The object and purpose of a valid link. The link works once: the nonce rotates."""
        obj, found = self.check(token, purpose=purpose)
        self.rotate(obj)
        return obj, found

    def rotate(self, obj) -> None:
        """Make every link sent so far unusable."""
        setattr(obj, self.nonce_field, secrets.token_urlsafe(12))
        obj.save(update_fields=[self.nonce_field])
