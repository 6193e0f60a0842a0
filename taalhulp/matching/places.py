"""Postcode coordinates from the project's places CSV, read without Django."""

from __future__ import annotations

import csv
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PLACES_CSV: Path = ROOT / "portal" / "data" / "places.csv"

Locate = Callable[[str], "tuple[float, float] | None"]


@lru_cache(maxsize=4)
def read_places(path: Path = PLACES_CSV) -> dict[str, tuple[float, float]]:
    """Postcode → (latitude, longitude); a postcode on several rows keeps its first row."""
    places: dict[str, tuple[float, float]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            places.setdefault(row["postcode"], (float(row["latitude"]), float(row["longitude"])))
    return places


def csv_locate(path: Path = PLACES_CSV) -> Locate:
    """A `locate(postcode)` backed by the places CSV."""
    return read_places(path).get
