"""Every test starts with an empty cache: this run's Redis keys are deleted before each test."""

import pytest
import redis
from django.conf import settings

from portal.cache import delete_prefixed


@pytest.fixture(scope="session")
def cache_redis():
    """A Redis client for the test cache, or None when the cache is not Redis."""
    config = settings.CACHES["default"]
    if "redis" not in config["BACKEND"].lower():
        return None
    client = redis.Redis.from_url(config["LOCATION"], socket_connect_timeout=2, socket_timeout=2)
    try:
        client.ping()
    except redis.RedisError as error:
        # tests/conftest.py loads this plugin: importing it at the top would be a cycle.
        from tests.conftest import missing_service

        missing_service(
            f"the Redis cache at {config['LOCATION']} does not answer ({error}); run `make test`"
        )
    return client


@pytest.fixture(autouse=True)
def clean_cache(cache_redis):
    """Rate-limit counters, cached pages and facets of earlier tests are gone.

    Only keys with this run's prefix: parallel workers share the Redis database, so no FLUSHDB.
    """
    if cache_redis is not None:
        delete_prefixed(cache_redis, settings.CACHES["default"].get("KEY_PREFIX", ""))
    from django.core.cache import cache  # plugins load before pytest-django sets Django up

    # The fallback memory of portal.cache.TolerantRedisCache, used while Redis was away.
    local = getattr(cache, "_local", None)
    if local is not None:
        local.clear()
    yield
