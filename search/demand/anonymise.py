"""The k-anonymity rule of the demand log: search words are kept as text only when enough people
used them; until then as a keyed hash that cannot be reversed without the key; pure."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac

from search.text import normalise_query

# Words are stored as text once this many searches in one ISO week used them (or they name a
# glossary concept); docs/privacy.md.
THRESHOLD = 5


def normalised(text: str) -> str:
    return normalise_query(text)[:200]


def keyed_hash(key: str, text: str) -> str:
    """HMAC-SHA256 of the normalised words; "" without a key (then nothing of the words is kept)."""
    if not key or not text:
        return ""
    return hmac.new(key.encode(), text.encode(), hashlib.sha256).hexdigest()


def iso_week(day: dt.date) -> str:
    year, week, _weekday = day.isocalendar()
    return f"{year}-W{week:02d}"


def months_back(day: dt.date, months: int) -> dt.date:
    """The same day `months` months earlier (the month's last day where it is shorter)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    following = dt.date(year + (month == 12), month % 12 + 1, 1)
    return min(
        day.replace(year=year, month=month, day=1) + dt.timedelta(days=day.day - 1),
        following - dt.timedelta(days=1),
    )
