"""Read-only open data API of the offer catalogue at /api/v1/, outside the language prefix.

Offers come in the interchange format of docs/offer-format.md (`offer_to_interchange`), with
`id`, `url`, `modified` and `municipality` added. Only public data: live, public, not expired.
"""

from __future__ import annotations

import datetime as dt

from django.apps import apps
from django.db.models import Q
from django.http import HttpRequest, HttpResponse, QueryDict
from django.urls import Resolver404, resolve, reverse
from django.utils import timezone, translation
from django.utils.html import format_html
from django.utils.translation import gettext
from django.views.decorators.http import require_safe
from ninja import NinjaAPI, Path, Query, Router, Swagger
from ninja.errors import ValidationError

from aanbod import choices
from aanbod.api_schemas import ErrorOut, OfferFilters, OfferListOut, OfferOut
from aanbod.interchange.exporting import offer_to_interchange
from aanbod.models import OfferPage
from aanbod.selectors import municipality_find, offers_for_api
from portal.i18n import api_message_language
from portal.ratelimit import over_request_limit, too_many_requests

DESCRIPTION = """\
Open data from Wegwijs: places to practise Dutch, take part, find a buddy, follow a course
or enjoy leisure activities in Flanders and Brussels.

**Read-only.** Only `GET` is allowed. No key or login is needed.

**Offers** are the ones visible on the website: published and not expired. Each offer is one
object of the offer interchange format (the format partners use to deliver offers), with four
extra keys: `id`, `url` (the Dutch page on the website), `modified` and `municipality`.

**Pages.** The list returns at most `limit` offers (default 50, at most 200), sorted by `id`.
Follow the `next` link until it is `null`. `count` is the number of offers over all pages.

**Keeping a copy up to date.** Remember when you started your last harvest and pass it as
`modified_since` next time. Also compare the `id`s: an offer that disappeared has expired or
was taken offline.

**Too many requests** from one address get a 429 with `Retry-After` (seconds): wait, then go
on. The limits are generous; a harvest that follows `next` at its own pace never meets them.

**Errors** are JSON: `detail` says what went wrong, and `errors` lists each parameter with a
problem, with a fixed `code` and a `message` on how to fix it. Messages are in English unless
you send an `Accept-Language` header.
"""


class SelfHostedSwagger(Swagger):
    """Swagger UI from the files django-ninja ships, never from a CDN.

    With "ninja" in INSTALLED_APPS, ninja renders `ninja/swagger.html`: its CSS and JavaScript
    come from our own /static/, and it has no inline script, so the strict CSP allows it.
    Without it, ninja would fall back to a CDN page with an inline script that the CSP blocks;
    we then serve a page without scripts that points to the OpenAPI description instead.
    """

    def __init__(self):
        # No online validator: it would load a badge from validator.swagger.io.
        super().__init__(settings={"validatorUrl": None, "tryItOutEnabled": True})

    def render_page(self, request: HttpRequest, api: NinjaAPI, **kwargs) -> HttpResponse:
        if apps.is_installed("ninja"):
            return super().render_page(request, api, **kwargs)
        return HttpResponse(
            format_html(
                '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{}</title>'
                '</head><body><h1>{}</h1><p>{} <a href="{}">{}</a></p></body></html>',
                api.title,
                api.title,
                gettext(
                    "The interactive documentation is not available here. Read the API description:"
                ),
                self.get_openapi_url(api, kwargs),
                "openapi.json",
            )
        )


api = NinjaAPI(
    title="Wegwijs open data API",
    version="1",
    description=DESCRIPTION,
    urls_namespace="aanbod-api-v1",
    docs=SelfHostedSwagger(),
    docs_url="/docs",
    docs_decorator=require_safe,
    openapi_url="/openapi.json",
)

NOT_ALLOWED = ["POST", "PUT", "PATCH", "DELETE"]
MAX_ID = 2**63 - 1  # the largest value of the database's id column


def _source_filter(source: str) -> Q:
    # offer_to_interchange calls every offer without an external ID a "wegwijs" offer.
    if source == "wegwijs":
        return Q(external_id="") | Q(source="wegwijs")
    return Q(source=source) & ~Q(external_id="")


# --- Errors -----------------------------------------------------------------------------


def _hint(field: str) -> str:
    if field == "limit":
        return gettext("Give a whole number from 1 to 200, for example limit=50.")
    if field == "offset":
        return gettext("Give a whole number of 0 or more, for example offset=100.")
    if field == "modified_since":
        return gettext(
            "Give a date and time in ISO 8601, for example %(utc)s or %(local)s. In a URL, "
            "write + as %(plus)s."
        ) % {"utc": "2026-01-31T09:00:00Z", "local": "2026-01-31T10:00:00+01:00", "plus": "%2B"}
    if field == "offer_type":
        return gettext("Use one of: %(choices)s.") % {
            "choices": ", ".join(choices.OfferType.values)
        }
    if field == "source":
        return gettext(
            "Give the code of a data source in lower-case letters, digits and single hyphens, "
            "for example %(example)s."
        ) % {"example": "atlas-antwerpen"}
    if field == "id":
        return gettext(
            "Give the number from the id field of an offer, for example %(example)s."
        ) % {"example": "/api/v1/offers/123/"}
    return ""


def _code(field: str, pydantic_type: str) -> str:
    """A fixed code per kind of problem; pydantic's own types may change between versions."""
    if field in ("limit", "offset", "id"):
        return "out_of_range" if pydantic_type.startswith(("greater", "less")) else "not_a_number"
    return {
        "modified_since": "invalid_datetime",
        "offer_type": "invalid_choice",
        "source": "invalid_slug",
    }.get(field, "invalid")


class _UrlconfWithoutLanguagePrefix:
    """Set as `request.urlconf` on API 404s: without it, LocaleMiddleware sees a 404 outside
    the language prefix and redirects /api/v1/x to /nl/api/v1/x (the site's HTML 404)."""

    urlpatterns: list = []


def _error(request: HttpRequest, status: int, detail: str, errors=()) -> HttpResponse:
    if status == 404:
        request.urlconf = _UrlconfWithoutLanguagePrefix
    return api.create_response(request, {"detail": detail, "errors": list(errors)}, status=status)


def _invalid(request: HttpRequest, errors: list[dict]) -> HttpResponse:
    names = ", ".join(dict.fromkeys(error["field"] for error in errors))
    with translation.override(api_message_language(request)):
        detail = gettext(
            "Some parameters are not valid: %(names)s. See errors for how to fix them."
        ) % {"names": names}
    return _error(request, 422, detail, errors)


def _field_error(field: str, code: str, message: str) -> dict:
    return {"field": field, "code": code, "message": message}


def _raw_value(request: HttpRequest, where: str, field: str) -> str | None:
    """What the client sent (ninja drops pydantic's copy of the input)."""
    if where == "query":
        return request.GET.get(field)
    if where == "path" and request.resolver_match:
        return request.resolver_match.kwargs.get(field)
    return None


@api.exception_handler(ValidationError)
def validation_error(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    with translation.override(api_message_language(request)):
        errors = []
        for item in exc.errors:
            location = [str(part) for part in item.get("loc", ())]
            field = location[1] if len(location) > 1 else (location[0] if location else "")
            value = _raw_value(request, location[0] if location else "", field)
            if value is None:
                message = gettext('"%(field)s" is not valid.') % {"field": field}
            else:
                message = gettext('"%(field)s" cannot be "%(value)s".') % {
                    "field": field,
                    "value": value,
                }
            errors.append(
                _field_error(
                    field, _code(field, item.get("type", "")), f"{message} {_hint(field)}".strip()
                )
            )
        return _invalid(request, errors)


# --- Endpoints --------------------------------------------------------------------------


def _utc(value: dt.datetime) -> dt.datetime | None:
    """The moment in UTC (Brussels time when no zone is given); None if it cannot be one."""
    try:
        if timezone.is_naive(value):
            value = timezone.make_aware(value)
        return value.astimezone(dt.UTC)
    except (OverflowError, ValueError):  # such as 0001-01-01T00:00:00+01:00
        return None


def _modified_since_out_of_range(request: HttpRequest) -> dict:
    with translation.override(api_message_language(request)):
        message = gettext('"%(field)s" cannot be "%(value)s".') % {
            "field": "modified_since",
            "value": request.GET.get("modified_since", ""),
        }
        return _field_error(
            "modified_since", "invalid_datetime", f"{message} {_hint('modified_since')}"
        )


def _page_link(request: HttpRequest, offset: int) -> str:
    query: QueryDict = request.GET.copy()
    query["offset"] = str(offset)
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")


def _offer_out(request: HttpRequest, offer: OfferPage) -> dict:
    municipality = offer.municipality
    with translation.override("nl"):
        url = offer.get_full_url(request)
    return {
        "id": offer.pk,
        "url": url,
        "modified": offer.modified,
        "municipality": (
            {
                "nis": municipality.nis,
                "name_nl": municipality.name_nl,
                "name_fr": municipality.name_fr,
            }
            if municipality
            else None
        ),
        **offer_to_interchange(offer),
    }


@api.get(
    "/offers/",
    response={200: OfferListOut, 422: ErrorOut, 429: ErrorOut},
    summary="List offers",
    description="Published, not expired offers, sorted by id, one page at a time.",
    tags=["offers"],
    operation_id="offers_list",
)
def offers_list(request: HttpRequest, filters: Query[OfferFilters]):
    if over_request_limit(request, "api"):  # up to 200 offers a page
        return too_many_requests(request)
    offers = offers_for_api()
    if filters.modified_since is not None:
        since = _utc(filters.modified_since)
        if since is None:
            return _invalid(request, [_modified_since_out_of_range(request)])
        offers = offers.filter(modified__gte=since)
    if filters.offer_type is not None:
        offers = offers.filter(offer_type=filters.offer_type.value)
    if filters.source is not None:
        offers = offers.filter(_source_filter(filters.source))
    if filters.municipality is not None:
        municipality = municipality_find(filters.municipality)
        if municipality is None:
            with translation.override(api_message_language(request)):
                message = gettext(
                    'No municipality in Flanders or Brussels is called "%(value)s". Give its Dutch '
                    "or French name, for example %(name)s, or its five-digit NIS code, for "
                    "example %(nis)s."
                ) % {"value": filters.municipality, "name": "Gent", "nis": "44021"}
                return _invalid(
                    request, [_field_error("municipality", "unknown_municipality", message)]
                )
        offers = offers.filter(municipality=municipality)

    count = offers.count()
    limit, offset = filters.limit, filters.offset
    page = list(offers[offset : offset + limit]) if offset < count else []
    return {
        "count": count,
        "next": _page_link(request, offset + limit) if offset + limit < count else None,
        "previous": _page_link(request, max(offset - limit, 0)) if offset > 0 else None,
        "results": [_offer_out(request, offer) for offer in page],
    }


@api.get(
    "/offers/{id}/",
    response={200: OfferOut, 404: ErrorOut, 422: ErrorOut, 429: ErrorOut},
    summary="One offer",
    description="One published, not expired offer by its id.",
    tags=["offers"],
    operation_id="offers_detail",
)
def offers_detail(
    request: HttpRequest,
    id: int = Path(..., description="The id of the offer, from its id field.", ge=1, le=MAX_ID),
):
    if over_request_limit(request, "api"):
        return too_many_requests(request)
    offer = offers_for_api().filter(pk=id).first()
    if offer is None:
        with translation.override(api_message_language(request)):
            detail = gettext(
                "There is no published offer with id %(id)s. It may have expired or been taken "
                "offline. Get the current offers from %(list)s."
            ) % {"id": id, "list": reverse(f"{api.urls_namespace}:offers_list")}
        return _error(request, 404, detail)
    return _offer_out(request, offer)


@api.api_operation(NOT_ALLOWED, "/offers/", include_in_schema=False)
def offers_list_not_allowed(request: HttpRequest):
    return _not_allowed(request)


@api.api_operation(NOT_ALLOWED, "/offers/{id}/", include_in_schema=False)
def offers_detail_not_allowed(request: HttpRequest, id: str):
    return _not_allowed(request)


def _not_allowed(request: HttpRequest) -> HttpResponse:
    with translation.override(api_message_language(request)):
        detail = gettext("This API is read-only: use GET. %(method)s is not allowed.") % {
            "method": request.method
        }
    response = _error(request, 405, detail)
    response["Allow"] = "GET"
    return response


@api.get("/", include_in_schema=False)
def index(request: HttpRequest):
    def link(name: str) -> str:
        return request.build_absolute_uri(reverse(f"{api.urls_namespace}:{name}"))

    return {
        "offers": link("offers_list"),
        "openapi": link("openapi-json"),
        "docs": link("openapi-view"),
    }


# Mounted last by portal/urls.py, after every other router, so it only catches what is left.
fallback_router = Router()


@fallback_router.api_operation(["GET", *NOT_ALLOWED], "/{path:rest}", include_in_schema=False)
def not_found(request: HttpRequest, rest: str):
    """JSON instead of the site's HTML 404 below /api/v1/; adds a missing final slash."""
    if not request.path.endswith("/"):
        try:
            match = resolve(f"{request.path}/")
        except Resolver404:
            match = None
        if match is not None and match.url_name != "not_found":
            query = request.META.get("QUERY_STRING", "")
            response = HttpResponse(status=308)
            response["Location"] = f"{request.path}/" + (f"?{query}" if query else "")
            return response
    with translation.override(api_message_language(request)):
        detail = gettext("There is nothing at %(path)s. The offers are at %(list)s.") % {
            "path": request.path,
            "list": reverse(f"{api.urls_namespace}:offers_list"),
        }
    return _error(request, 404, detail)


__all__ = ["api", "fallback_router", "municipality_find", "offers_for_api"]
