"""Short-lived cache of the offer finder's facet metadata: term labels and place points.

Results are never cached; only the words and points the finder needs around them, which
change rarely. Entries live FINDER_FACET_CACHE_SECONDS (default 300) at most, and a save or
delete of a theme, target group, municipality or postcode drops them all at once (a
generation number in every key), in every process that shares the cache.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.utils import translation

from aanbod.models import TargetGroup, Theme
from aanbod.selectors import place_resolve
from portal.models import Municipality, Postcode

GENERATION_KEY = "finder-facets:generation"
MISSING = "-"  # a place that does not exist is remembered too, as this marker


def ttl() -> int:
    return getattr(settings, "FINDER_FACET_CACHE_SECONDS", 300)


def _generation() -> int:
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, 1, timeout=None)
        value = cache.get(GENERATION_KEY, 1)
    return int(value)


def invalidate(**_signal_kwargs) -> None:
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, timeout=None)


def _cached(key: str, compute):
    if ttl() <= 0:
        return compute()
    full_key = f"finder-facets:{_generation()}:{key}"
    value = cache.get(full_key)
    if value is None:
        value = compute()
        cache.set(full_key, value, timeout=ttl())
    return value


def term_labels(name: str, language: str) -> dict[str, str]:
    """slug -> label of every theme or target group, in `language` (modeltranslation)."""

    model = Theme if name == "theme" else TargetGroup

    def compute():
        with translation.override(language):
            return {term.slug: str(term) for term in model.objects.all()}

    return _cached(f"terms:{name}:{language}", compute)


def place_point(text: str) -> tuple[float, float] | None:
    """aanbod.selectors.place_resolve, remembered per place text (also when unknown)."""

    normal = " ".join(text.split()).lower()
    digest = hashlib.sha256(normal.encode()).hexdigest()[:32]

    def compute():
        point = place_resolve(text)
        return MISSING if point is None else point

    value = _cached(f"place:{digest}", compute)
    return None if value == MISSING else tuple(value)


def connect_signals() -> None:
    for model in (Theme, TargetGroup, Municipality, Postcode):
        label = model._meta.label_lower
        post_save.connect(invalidate, sender=model, dispatch_uid=f"finder-facets-save-{label}")
        post_delete.connect(invalidate, sender=model, dispatch_uid=f"finder-facets-del-{label}")
