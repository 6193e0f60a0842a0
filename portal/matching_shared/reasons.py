"""Why a request or candidate stays without a match: the reason codes both engines report."""

from __future__ import annotations

# In order of precedence: an engine reports the first hard constraint that rules out every
# helper, and "capacity" when feasible helpers exist but all of them are taken.
REASON_TEXTS: dict[str, str] = {
    "certified_interpreter": "needs a certified interpreter, never a volunteer",
    "no_language": "nobody who may take it speaks the language",
    "no_mode": "nobody who speaks the language offers the mode",
    "too_far": "everyone left lives beyond their own distance limit",
    "no_time": "nobody left is available for the whole conversation",
    "excluded": "everyone left is excluded from this request",
    "capacity": "feasible helpers exist, but all are busy or at their weekly maximum",
}
REASON_CODES: tuple[str, ...] = tuple(REASON_TEXTS)
