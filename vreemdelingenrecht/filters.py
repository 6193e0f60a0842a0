"""The case-law listing's filters: read from query parameters and checked; pure, no Django."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from vreemdelingenrecht.citations import CitationError, parse_ecli

MAX_TEXT = 200
# The database search turns each word into 14 LIKE conditions: only the first words count.
MAX_WORDS = 8
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
MIN_YEAR, MAX_YEAR = 1950, 2100


@dataclass(frozen=True)
class RulingFilters:
    text: str = ""
    court: str = ""
    year: int | None = None
    topic: str = ""

    @property
    def ecli(self) -> str:
        """The canonical ECLI when the text is one, else ""."""
        if ":" not in self.text:
            return ""
        try:
            return str(parse_ecli(self.text))
        except CitationError:
            return ""

    @property
    def words(self) -> list[str]:
        return self.text.split()[:MAX_WORDS]

    @property
    def words_left_out(self) -> bool:
        return len(self.text.split()) > MAX_WORDS and not self.ecli

    def as_params(self) -> dict[str, str]:
        params = {"q": self.text, "court": self.court, "topic": self.topic}
        params["year"] = str(self.year) if self.year else ""
        return {key: value for key, value in params.items() if value}


def filters_parse(
    params: Mapping[str, str], *, courts: set[str], topics: set[str]
) -> tuple[RulingFilters, dict[str, str]]:
    """Filters from query parameters; unknown values are dropped and named in `problems`
    (field -> code), so the listing still answers."""
    problems: dict[str, str] = {}
    # Control characters (NUL too, which PostgreSQL cannot compare) count as spaces.
    text = " ".join(_CONTROL.sub(" ", str(params.get("q", ""))).split())[:MAX_TEXT].strip()
    court = str(params.get("court", "")).strip()
    if court and court not in courts:
        problems["court"], court = "unknown", ""
    topic = str(params.get("topic", "")).strip()
    if topic and topic not in topics:
        problems["topic"], topic = "unknown", ""
    year_text = str(params.get("year", "")).strip()
    year = None
    if year_text:
        # isdecimal, not isdigit: "²" is a digit that int() refuses.
        if year_text.isdecimal() and MIN_YEAR <= int(year_text) <= MAX_YEAR:
            year = int(year_text)
        else:
            problems["year"] = "invalid"
    return RulingFilters(text=text, court=court, year=year, topic=topic), problems
