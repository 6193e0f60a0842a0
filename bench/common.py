"""What every benchmark shares: the production-settings guard, checked answers, percentiles."""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setup_django() -> None:
    """Django with the production settings (scripts/bench.sh sets the throw-away secrets)."""
    import os  # kept next to the environment it sets

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")
    import django  # after DJANGO_SETTINGS_MODULE and sys.path are set, on purpose

    django.setup()
    from django.conf import settings  # after django.setup()

    if settings.DEBUG:
        stop("DEBUG is on: benchmarks measure the production settings (run `make bench...`)")


def stop(message: str) -> None:
    """End the benchmark with a message and exit status 1; no figures are printed after it."""
    raise SystemExit(f"benchmark stopped: {message}")


def check_status(response, what: str, expected: int | None = None) -> None:
    """Stop unless the answer is 2xx (or exactly `expected`, for a row that measures e.g. 404)."""
    status = response.status_code
    good = status == expected if expected is not None else 200 <= status < 300
    if good:
        return
    body = b"" if getattr(response, "streaming", False) else response.content
    excerpt = body[:300].decode("utf-8", "replace").replace("\n", " ")
    wanted = expected if expected is not None else "2xx"
    retry = response.headers.get("Retry-After")
    hint = f" (Retry-After {retry}: a rate limit, see bench/README.md)" if retry else ""
    stop(f"{what} answered {status}, expected {wanted}{hint}: {excerpt}")


def percentiles(samples: list[float]) -> tuple[float, float, float]:
    """p50, p95 and p99 (inclusive method: a value that was measured bounds each one)."""
    if len(samples) < 2:
        value = samples[0] if samples else float("nan")
        return value, value, value
    cut = statistics.quantiles(sorted(samples), n=100, method="inclusive")
    return cut[49], cut[94], cut[98]
