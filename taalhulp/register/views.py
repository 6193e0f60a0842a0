"""The public register: search certified interpreters by language, area and way of working."""

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.shortcuts import render

from portal.ratelimit import throttle
from taalhulp.register import selectors
from taalhulp.register.forms import RegisterSearchForm

PAGE_SIZE = 20


@throttle("search")
def register_search(request):
    form = RegisterSearchForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    entries = selectors.search(
        language=filters.get("language", ""),
        area=filters.get("area", ""),
        mode=filters.get("mode", ""),
    )
    page = Paginator(entries, PAGE_SIZE).get_page(request.GET.get("page"))
    params = {name: value for name, value in filters.items() if value}
    status = 400 if form.is_bound and not form.is_valid() else 200
    context = {
        "form": form,
        "page": page,
        "entries": [selectors.public_entry(entry) for entry in page.object_list],
        "filtered": bool(params),
        "query": urlencode(params),
    }
    return render(request, "tolkenregister/search.html", context, status=status)
