"""The aanbodzoeker: the offer finder page (list and map) and its suggest-as-you-type endpoint."""

from __future__ import annotations

import math

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import formats
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from portal.ratelimit import throttle
from search.alerts.forms import AlertForm
from search.finder import map as finder_map
from search.finder.context import card, chips, error_list, filter_groups
from search.offers.form_params import finder_params, place_text, url_page, url_with
from search.offers.params import BOOLEAN_FILTERS, OfferSearchParams, to_query_string
from search.offers.service import place_point, search_offers, suggest_offers

PARTIAL_HEADER = "X-Finder"
RADIUS_CHOICES = (5, 10, 25, 50)
SUGGEST_MAX_PREFIX = 60


def _sort_options(params: OfferSearchParams) -> list[dict]:
    options = [("relevance", _("Best match")), ("next_date", _("Soonest first"))]
    if params.has_place:
        options.insert(1, ("distance", _("Nearest first")))
    return [
        {"value": value, "label": label, "selected": params.sort == value}
        for value, label in options
    ]


def _map(cards: list[dict], home: tuple[float, float] | None) -> dict | None:
    placed = [c for c in cards if c["hit"].lat is not None and c["hit"].lon is not None]
    points = [finder_map.MapPoint(str(c["number"]), c["hit"].lat, c["hit"].lon) for c in placed]
    if home:
        points.append(finder_map.MapPoint("home", *home))
    geometry = finder_map.layout(points, settings.FINDER_MAP_TILE_URL)
    if geometry is None or not placed:
        return None
    by_key = {point.key: point for point in geometry.points}
    return {
        "geometry": geometry,
        "scale_label": _("%(km)s km") % {"km": formats.number_format(geometry.scale_km)},
        "scale_end": round(16 + geometry.scale_px, 1),
        "scale_y": geometry.height - 16,
        "scale_text_y": geometry.height - 24,
        "attribution_x": geometry.width - 6,
        "attribution_y": geometry.height - 6,
        "markers": [{"card": c, "point": by_key[str(c["number"])]} for c in placed],
        "home": by_key.get("home"),
        "unplaced": [c for c in cards if c not in placed],
        "attribution": settings.FINDER_MAP_ATTRIBUTION if geometry.tiles else "",
    }


def _alert_query(params: OfferSearchParams) -> str:
    """The search to save or follow: no page, no interface language."""
    return to_query_string(params.with_changes(lang="nl", page=1, page_size=20))


def _announcement(count: int, chip_list) -> str:
    text = ngettext("%(count)s offer found.", "%(count)s offers found.", count) % {"count": count}
    if chip_list:
        text += " " + _("Your choices: %(choices)s.") % {
            "choices": ", ".join(chip.label for chip in chip_list)
        }
    return text


@throttle("search")
def finder(request):
    language = get_language()
    query = dict(request.GET.lists())
    params, errors, view = finder_params(query, language)
    home = place_point(params) if params.has_place else None
    result = search_offers(params, language=language, origin="finder")
    booleans = {name: getattr(params, name) for name in BOOLEAN_FILTERS}
    groups = filter_groups(result.facets, booleans)
    place = place_text(query)
    chip_list = chips(query, params, groups, place)
    offset = (params.page - 1) * params.page_size
    best_bet = result.best_bet if params.page == 1 else None
    hits = [hit for hit in result.hits if not best_bet or hit.page_id != best_bet.page_id]
    cards = [card(hit, language, offset + i) for i, hit in enumerate(hits, start=1)]
    pages = max(1, math.ceil(result.count / params.page_size))
    alert_query = _alert_query(params)
    context = {
        "params": params,
        "view": view,
        "query_place": place,
        "errors": error_list(errors),
        "place_unknown": params.has_place and home is None,
        "result": result,
        # The engine is configured but the database answered: say that results may be missing.
        "search_degraded": bool(settings.SEARCH["URL"]) and result.engine == "database",
        "best_bet": card(best_bet, language, 0) if best_bet else None,
        "cards": cards,
        "groups": groups,
        "chips": chip_list,
        "clear_url": url_with({"view": [view]} if view == "map" else {}),
        "sort_options": _sort_options(params),
        "radius_choices": RADIUS_CHOICES,
        "radius": int(params.effective_radius_km),
        "page": params.page,
        "pages": pages,
        "previous_url": url_page(query, params.page - 1) if params.page > 1 else "",
        "next_url": url_page(query, params.page + 1) if params.page < pages else "",
        "list_url": url_with(query, view=None),
        "map_url": url_with(query, view="map"),
        "suggestion_url": url_with(query, q=result.suggestion) if result.suggestion else "",
        "map": _map(cards, home) if view == "map" else None,
        "announcement": _announcement(result.count, chip_list),
        "alert_form": AlertForm(initial={"query": alert_query}),
        "feed_url": reverse("search_alerts:feed") + ("?" + alert_query if alert_query else ""),
        "hide_header_search": True,
    }
    if request.headers.get(PARTIAL_HEADER) == "1":
        response = render(request, "search/finder_regions.html", context)
    else:
        response = render(request, "search/finder.html", context)
    patch_vary_headers(response, [PARTIAL_HEADER])
    return response


@throttle("suggest")
def suggest(request):
    """Words that complete what the visitor is typing, as JSON: {"suggestions": [...]}."""

    prefix = " ".join(request.GET.get("q", "").split())[:SUGGEST_MAX_PREFIX]
    suggestions = suggest_offers(prefix, language=get_language()) if len(prefix) >= 2 else []
    response = JsonResponse({"q": prefix, "suggestions": suggestions})
    patch_cache_control(response, public=True, max_age=300)
    return response
