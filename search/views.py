"""The site search page: results in the visitor's language, Dutch as labelled fallback."""

from django.shortcuts import render
from django.utils.translation import get_language

from portal.ratelimit import throttle
from search.services import site_search

PAGE_SIZE = 10


@throttle("search")
def search_page(request):
    text = request.GET.get("q", "").strip()[:200]
    try:
        page_number = max(int(request.GET.get("page", "1")), 1)
    except ValueError:
        page_number = 1
    outcome = None
    if text:
        outcome = site_search(
            text=text,
            language=get_language(),
            offset=(page_number - 1) * PAGE_SIZE,
            size=PAGE_SIZE,
        )
    context = {
        "search_query": text,
        "outcome": outcome,
        "page_number": page_number,
        "has_previous": page_number > 1,
        "has_next": bool(outcome and outcome.total > page_number * PAGE_SIZE),
        "hide_header_search": True,  # one search landmark per page
    }
    return render(request, "search/search_page.html", context)
