"""Cache of anonymous Wagtail page responses, per URL (so per language), purged on every change.

Only a GET of a Wagtail page without a query string, from a visitor without a session or
message cookie, that answers 200 without setting a cookie is stored. A page with a form
calls the CSRF token, which sets a cookie, so it is never stored. A change to any page,
snippet, site setting, image, document, site or redirect bumps a generation number; an
entry stored under an older generation counts as absent, so the whole cache empties at once
(listings show other pages, so a publish can change many URLs). A hit costs one round trip.
"""

from __future__ import annotations

import logging
import time

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.utils.cache import patch_cache_control, patch_vary_headers
from wagtail import signals as wagtail_signals
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.snippets.models import get_snippet_models
from wagtail.views import serve

logger = logging.getLogger(__name__)

GENERATION_KEY = "pagecache:generation"
HIT_HEADER = "X-Page-Cache"
# Cookies that mean the response is personal: a session (signed in, messages) or messages.
PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")
# Per-request headers that must not be replayed from the cache.
SKIP_HEADERS = {"set-cookie", "x-request-id", HIT_HEADER.lower()}


def enabled() -> bool:
    return settings.PAGE_CACHE_SECONDS > 0


def generation(known=None) -> int:
    value = known if known is not None else cache.get(GENERATION_KEY)
    if value is None:
        # Started from the clock, so a lost counter never brings back entries of an old one.
        cache.add(GENERATION_KEY, time.time_ns() // 1000, timeout=None)
        value = cache.get(GENERATION_KEY, 0)
    return int(value)


def purge(**_signal_kwargs) -> None:
    """Forget every stored page (all languages): the next visit renders afresh."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # no counter stored: a new one from the clock is newer than any entry
        cache.set(GENERATION_KEY, time.time_ns() // 1000, timeout=None)
    except Exception:  # a cache that is down must never stop a publish
        logger.warning("page cache could not be purged", exc_info=True)


def _key(request) -> str:
    return f"pagecache:{request.get_host()}:{request.path}"


def _lookup(key: str) -> tuple[int, tuple | None]:
    """The current generation and the stored response, in one round trip to the cache.
    An entry stored under an older generation is as good as absent."""
    found = cache.get_many([GENERATION_KEY, key])
    current = generation(found.get(GENERATION_KEY))
    entry = found.get(key)
    if entry is None or entry[0] != current:
        return current, None
    return current, entry[1]


def _request_is_anonymous_get(request) -> bool:
    return (
        request.method == "GET"
        and not request.META.get("QUERY_STRING")
        and not any(name in request.COOKIES for name in PERSONAL_COOKIES)
    )


def _response_is_storable(request, response) -> bool:
    return (
        getattr(request, "_page_cache_candidate", False)
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "private" not in response.get("Cache-Control", "")
        and "no-store" not in response.get("Cache-Control", "")
    )


class PageCacheMiddleware:
    """Serves stored anonymous page responses; stores new ones. Goes right after WhiteNoise,
    so a hit skips sessions, locale, CSRF and rendering, and a stored response already has
    the headers the inner middleware added."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not enabled() or not _request_is_anonymous_get(request):
            return self._pass(request)
        try:
            key = _key(request)
            current, stored = _lookup(key)
        except Exception:
            logger.warning("page cache unavailable", exc_info=True)
            return self.get_response(request)
        if stored is not None:
            return _rebuild(stored)
        response = self.get_response(request)
        if _response_is_storable(request, response):
            patch_vary_headers(response, ("Cookie",))
            patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_MAX_AGE)
            try:
                entry = (current, _freeze(response))
                cache.set(key, entry, timeout=settings.PAGE_CACHE_SECONDS)
            except Exception:
                logger.warning("page cache could not store %s", request.path, exc_info=True)
            response[HIT_HEADER] = "miss"
        elif getattr(request, "_page_cache_candidate", False):
            _mark_private(response)
        return response

    def _pass(self, request):
        response = self.get_response(request)
        if getattr(request, "_page_cache_candidate", False):
            _mark_private(response)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        request._page_cache_candidate = view_func is serve
        return None


def _mark_private(response) -> None:
    """A page for one visitor (signed in, a form, a cookie) stays out of shared caches."""
    if "Cache-Control" not in response:
        patch_cache_control(response, private=True, no_cache=True)
        patch_vary_headers(response, ("Cookie",))


def _freeze(response) -> tuple[int, list[tuple[str, str]], bytes]:
    headers = [(k, v) for k, v in response.items() if k.lower() not in SKIP_HEADERS]
    return response.status_code, headers, response.content


def _rebuild(stored) -> HttpResponse:
    status, headers, content = stored
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    response[HIT_HEADER] = "hit"
    return response


def connect_signals() -> None:
    """Purge on publish, unpublish, move and delete of pages, on view restrictions, and on
    saves of shared content."""
    wagtail_signals.page_published.connect(purge, dispatch_uid="pagecache-published")
    wagtail_signals.page_unpublished.connect(purge, dispatch_uid="pagecache-unpublished")
    wagtail_signals.post_page_move.connect(purge, dispatch_uid="pagecache-moved")

    # A view restriction hides pages from anonymous visitors and from listings on other pages.
    shared = (Page, PageViewRestriction, Site, Redirect, BaseSiteSetting, BaseGenericSetting)

    def on_change(sender, instance, **kwargs):
        models = (*shared, get_image_model(), get_document_model(), *get_snippet_models())
        if isinstance(instance, models) and not (
            kwargs.get("signal") is post_save and isinstance(instance, Page)
        ):
            purge()

    # A page save without publishing changes nothing visitors see; a page delete does.
    post_save.connect(on_change, dispatch_uid="pagecache-saved", weak=False)
    post_delete.connect(on_change, dispatch_uid="pagecache-deleted", weak=False)
