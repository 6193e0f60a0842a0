"""Small cells: a count below 5 is never published, on the page, in a download or in the API."""

from __future__ import annotations

# Counts below this are shown as "fewer than 5": a small number can point to a person.
THRESHOLD = 5


def publishable(count: int) -> int | None:
    """The count when it may be published, else None ("fewer than 5"). The one place that
    decides; the page, the CSV and JSON downloads and the API all go through it."""
    return count if count >= THRESHOLD else None
