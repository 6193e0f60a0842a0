"""Language codes the matching engines accept: the two-letter ISO 639-1 codes."""

from __future__ import annotations

from typing import Any

from portal.vocabulary import ISO_639_1

LANGUAGE_CODE_HINT = "use ISO 639-1, such as nl, fr, ar"


def is_language_code(code: Any) -> bool:
    """True for a two-letter ISO 639-1 code in lower case ("uk"), False for anything else."""
    return isinstance(code, str) and code in ISO_639_1
