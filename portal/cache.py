"""A Redis cache that keeps the site up when Redis is down: each process falls back to its own
memory until Redis answers again, so rate limits still count and no visitor sees a 500."""

from __future__ import annotations

import logging
import time

from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

UNAVAILABLE = (RedisConnectionError, RedisTimeoutError, OSError)
RETRY_AFTER = 5.0  # seconds before Redis is tried again after a failure


class TolerantRedisCache(RedisCache):
    def __init__(self, server, params):
        options = dict(params.get("OPTIONS") or {})
        options.setdefault("socket_connect_timeout", 1)
        options.setdefault("socket_timeout", 1)
        super().__init__(server, {**params, "OPTIONS": options})
        self._local = LocMemCache(f"tolerant-{server}", {"OPTIONS": {"MAX_ENTRIES": 10000}})
        self._down_until = 0.0

    def _run(self, name: str, *args, **kwargs):
        if time.monotonic() >= self._down_until:
            try:
                return getattr(super(), name)(*args, **kwargs)
            except UNAVAILABLE as error:
                self._down_until = time.monotonic() + RETRY_AFTER
                logger.warning("Redis cache unavailable, using process memory: %s", error)
        return getattr(self._local, name)(*args, **kwargs)

    @property
    def is_degraded(self) -> bool:
        return time.monotonic() < self._down_until

    def add(self, *args, **kwargs):
        return self._run("add", *args, **kwargs)

    def get(self, *args, **kwargs):
        return self._run("get", *args, **kwargs)

    def set(self, *args, **kwargs):
        return self._run("set", *args, **kwargs)

    def touch(self, *args, **kwargs):
        return self._run("touch", *args, **kwargs)

    def delete(self, *args, **kwargs):
        return self._run("delete", *args, **kwargs)

    def get_many(self, *args, **kwargs):
        return self._run("get_many", *args, **kwargs)

    def has_key(self, *args, **kwargs):
        return self._run("has_key", *args, **kwargs)

    def incr(self, *args, **kwargs):
        return self._run("incr", *args, **kwargs)

    def set_many(self, *args, **kwargs):
        return self._run("set_many", *args, **kwargs)

    def delete_many(self, *args, **kwargs):
        return self._run("delete_many", *args, **kwargs)

    def clear(self):
        """With a KEY_PREFIX only this cache's keys go: others may share the Redis database."""
        self._local.clear()
        if not self.key_prefix:
            return self._run("clear")
        if not self.is_degraded:
            try:
                delete_prefixed(self._cache.get_client(write=True), self.key_prefix)
            except UNAVAILABLE as error:
                self._down_until = time.monotonic() + RETRY_AFTER
                logger.warning("Redis cache unavailable, using process memory: %s", error)
        return True


def delete_prefixed(client, prefix: str) -> int:
    """Delete the keys Django made with `prefix` ("prefix:version:key"); SCAN, not KEYS, so
    Redis keeps answering others meanwhile. Returns how many went."""
    pattern = "".join("\\" + c if c in "*?[]\\" else c for c in prefix) + ":*"
    deleted = 0
    batch = []
    for key in client.scan_iter(match=pattern, count=500):
        batch.append(key)
        if len(batch) == 500:
            deleted += client.delete(*batch)
            batch = []
    if batch:
        deleted += client.delete(*batch)
    return deleted
