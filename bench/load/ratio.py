"""Cached page against a static file of the same size, through the same server, no think time.

scripts/bench-load.sh runs `PageHammer` and `StaticHammer` with the same number of users in
alternating slices of the same length, after an untimed warm-up slice of each; the ratio of
their requests per second over all slices is the figure to report. Both ask for the plain body
(no compression), so both send the same number of bytes. A non-2xx answer, or a page that is
not a cache hit, ends the run (bench/load/strict.py).
"""

import os

from locust import FastHttpUser, task

try:  # run by Locust, which puts this folder on sys.path
    import strict  # noqa: F401 (stops the run at the first failed request)
except ImportError:  # imported as bench.load.locustfile (tests)
    from bench.load import strict  # noqa: F401

PAGE_URL = os.environ.get("BENCH_PAGE_URL", "/nl/")
STATIC_URL = os.environ.get("BENCH_STATIC_URL", "/static/bench/same-size.html")
HEADERS = {"Accept-Encoding": "identity"}


class PageHammer(FastHttpUser):
    @task
    def cached_page(self):
        with self.client.get(
            PAGE_URL, headers=HEADERS, name="cached page", catch_response=True
        ) as response:
            if response.headers.get("X-Page-Cache") != "hit":
                response.failure("not served from the page cache")


class StaticHammer(FastHttpUser):
    @task
    def static_file(self):
        self.client.get(STATIC_URL, headers=HEADERS, name="static file")
