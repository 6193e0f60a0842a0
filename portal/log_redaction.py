"""A log filter that hides the tokens of e-mailed links in the paths Django logs (4xx, 5xx)."""

from __future__ import annotations

import logging
import re

REDACTED = "[token]"
# The segment after these words is a token in every e-mailed link: data page (open/), newsletter
# and saved-search confirm/ and unsubscribe/ or stop/, buddy link/ and confirm/.
_TOKEN_SEGMENT = re.compile(r"(/(?:open|confirm|unsubscribe|stop|link)/)[^/?#\s'\"]+")


def redact(text: str) -> str:
    return _TOKEN_SEGMENT.sub(rf"\g<1>{REDACTED}", text)


class RedactTokenPaths(logging.Filter):
    """On `django.request` and `django.security.csrf`: the message arguments and the request that
    goes along as an extra lose the token segment; the record is still logged."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(redact(a) if isinstance(a, str) else a for a in record.args)
        request = getattr(record, "request", None)
        if request is not None and not isinstance(request, str):
            text = repr(request)
            if redact(text) != text:
                # Handlers that need the request (admin mails) cope with a missing one.
                record.request = redact(text)
        return True
