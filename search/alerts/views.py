"""Subscribe, confirm and unsubscribe pages of the saved searches."""

from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from portal.ratelimit import rate_limited
from search.alerts import services
from search.alerts.forms import AlertForm


def _page(request, template, context=None, status=200):
    return render(
        request,
        f"search_alerts/{template}.html",
        {"hide_header_search": False, **(context or {})},
        status=status,
    )


@never_cache  # the answer shows the address
@require_POST
def subscribe(request):
    form = AlertForm(request.POST)
    email = request.POST.get("email", "")
    if rate_limited(request, "search_alerts.subscribe", rate="5/m", identifier=email):
        return _page(request, "rate_limited", status=429)
    if not form.is_valid():
        return _page(request, "subscribe", {"form": form}, status=400)
    services.subscribe(
        email=form.cleaned_data["email"],
        query=form.cleaned_data["query"],
        language=get_language(),
    )
    return _page(request, "check_mailbox", {"email": form.cleaned_data["email"]})


@require_http_methods(["GET", "POST"])
def confirm(request, token):
    """GET shows a button and confirms nothing, because mail scanners open links too."""
    if request.method == "GET":
        if services.tokens.read_confirm_token(token) is None:
            return _page(request, "link_invalid", status=400)
        return _page(request, "confirm", {"token": token})
    saved = services.confirm(token)
    if saved is None:
        return _page(request, "link_invalid", status=400)
    return _page(request, "confirmed", {"finder_url": services.finder_url(saved)})


@csrf_exempt  # the token is the proof; mail programs post here (RFC 8058 one-click)
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    try:
        if request.method == "GET":
            services.tokens.read_unsubscribe_token(token)
            return _page(request, "unsubscribe", {"token": token})
        services.unsubscribe(token)
    except services.tokens.LinkError as error:
        expired = error.code == "expired"
        return _page(request, "link_invalid", {"stop_expired": expired}, 410 if expired else 400)
    return _page(request, "unsubscribed")
