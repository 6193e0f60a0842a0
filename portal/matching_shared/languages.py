"""Language codes the matching engines accept: the two-letter ISO 639-1 codes."""

from __future__ import annotations

from typing import Any

# Same list as aanbod/iso639.py (Debian iso-codes 4.15.0, every entry with an alpha_2 code;
# "sh" is deprecated and left out). portal cannot import aanbod, so the ground holds its own
# copy until aanbod/iso639.py re-exports this one; tests/taalhulp checks the two stay equal.
_CODES = """
    aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy
    da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu
    hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb
    lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om
    or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw
    ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
"""
ISO_639_1: frozenset[str] = frozenset(_CODES.split())
LANGUAGE_CODE_HINT = "use ISO 639-1, such as nl, fr, ar"


def is_language_code(code: Any) -> bool:
    """True for a two-letter ISO 639-1 code in lower case ("uk"), False for anything else."""
    return isinstance(code, str) and code in ISO_639_1
