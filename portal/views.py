"""Site-wide views: health check, metrics, robots.txt and error pages."""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseForbidden, JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from portal import metrics
from portal.health import run_checks


@never_cache
@require_GET
def healthz(request):
    status, checks = run_checks()
    return JsonResponse(
        {"status": status, "checks": checks}, status=503 if status == "error" else 200
    )


@never_cache
@require_GET
def metrics_view(request):
    """Prometheus metrics, for a scraper on this machine or one that sends METRICS_TOKEN."""
    if not metrics.metrics_allowed(request):
        return HttpResponseForbidden("metrics are only served on loopback or with the token\n")
    body, content_type = metrics.render_metrics()
    return HttpResponse(body, content_type=content_type)


@require_GET
def robots_txt(request):
    return render(request, "robots.txt", content_type="text/plain; charset=utf-8")


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def permission_denied(request, exception=None):
    return render(request, "403.html", status=403)


def server_error(request):
    """A 503 with a friendly page in the visitor's language when the database does not answer
    (e.g. while PostgreSQL restarts); Django's plain 500 page otherwise."""
    error = sys.exc_info()[1]
    # Rendered without the request: its context processors might read the database.
    if isinstance(error, (OperationalError, InterfaceError)):
        response = HttpResponse(render_to_string("503.html"), status=503)
        response["Retry-After"] = "30"
        return response
    return HttpResponse(render_to_string("500.html"), status=500)


def bad_request(request, exception=None):
    return render(request, "400.html", status=400)
