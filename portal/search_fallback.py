"""Engine or database: run a search on the engine, let the database answer when it fails."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from portal import metrics

logger = logging.getLogger(__name__)

T = TypeVar("T")

DATABASE = "database"


class EngineUnavailable(Exception):
    """The search engine did not answer: it is down, refused the connection or timed out.

    Defined in the ground so a content app can fall back without importing search; the
    engine client (search.client) raises this very class."""


@dataclass(frozen=True)
class Outcome(Generic[T]):
    result: T
    backend: str  # the engine's name, or "database"
    degraded: bool  # the engine failed and the database answered instead


def engine_or_database(
    kind: str,
    engine: Callable[[], T] | None,
    database: Callable[[], T],
    *,
    engine_name: str = "engine",
) -> Outcome[T]:
    """`engine()` when given (None: no engine configured), `database()` when there is no engine
    or it fails. Times the search as `kind` and counts a fallback; other errors propagate."""
    with metrics.timed_search(kind) as timing:
        if engine is not None:
            timing["backend"] = engine_name
            try:
                return Outcome(engine(), engine_name, degraded=False)
            except EngineUnavailable as error:
                logger.warning(
                    "search engine unavailable, the database answers (%s): %s", kind, error
                )
                metrics.count_fallback(kind)
        timing["backend"] = DATABASE
        return Outcome(database(), DATABASE, degraded=engine is not None)
