"""The Redis cache: clear() with a key prefix leaves other users of the same database alone."""

from django.conf import settings

from portal.cache import TolerantRedisCache


def _cache(prefix: str) -> TolerantRedisCache:
    location = settings.CELERY_BROKER_URL.rsplit("/", 1)[0] + "/4"
    return TolerantRedisCache(location, {"KEY_PREFIX": prefix})


def test_clear_with_a_prefix_deletes_only_its_own_keys():
    mine, theirs, glob = _cache("run-a"), _cache("run-b"), _cache("run-[a]*")
    try:
        mine.set_many({"x": 1, "y": 2})
        theirs.set("x", 3)
        glob.set("x", 4)
        mine.clear()
        assert mine.get_many(["x", "y"]) == {}
        assert theirs.get("x") == 3
        assert glob.get("x") == 4
        mine.set("x", 5)
        glob.clear()  # its prefix, as a glob pattern, would match "run-a": taken literally
        assert glob.get("x") is None and mine.get("x") == 5 and theirs.get("x") == 3
        assert not mine.is_degraded
    finally:
        mine.clear()
        theirs.clear()


def test_the_test_run_has_a_prefix_of_its_own():
    config = settings.CACHES["default"]
    assert config["BACKEND"] == "portal.cache.TolerantRedisCache"
    assert config["LOCATION"].startswith("redis://")
    assert config["KEY_PREFIX"].startswith(settings.TEST_RUN_NAME)
