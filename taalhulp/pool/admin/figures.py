"""The pool's figures in the admin, for coordinators only: a table, a CSV and the crisis waves."""

from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from portal import csv_export
from portal.audit import audit
from taalhulp.pool import choices, figures
from taalhulp.pool.figures_math import totals
from taalhulp.pool.models import Wave
from taalhulp.pool.permissions import is_coordinator

NAMESPACE = "taalhulpen_figures"


def _coordinator(request) -> None:
    if not is_coordinator(request.user):
        raise PermissionDenied


def _since(request) -> dt.date | None:
    try:
        return dt.date.fromisoformat(request.GET.get("since", ""))
    except ValueError:
        return None


def _language(request) -> str:
    return request.GET.get("language", "").strip().lower()[:8]


def overview(request):
    _coordinator(request)
    rows = figures.request_table(_since(request), _language(request))
    reasons = dict(choices.UnansweredReason.choices)
    title = _("Figures of the volunteer pool")
    return TemplateResponse(
        request,
        "taalhulpen/figures/overview.html",
        {
            "page_title": title,
            "header_title": title,
            "header_icon": "table",
            "breadcrumbs_items": [],
            "rows": [(row, _reason_list(row.reasons, reasons)) for row in rows],
            "total": totals(rows),
            "waves": [
                (wave, _reason_list(wave.reasons, reasons)) for wave in figures.all_wave_figures()
            ],
            "since": request.GET.get("since", ""),
            "language": _language(request),
            "query": request.GET.urlencode(),
        },
    )


def _reason_list(counts, labels) -> list[tuple[str, int]]:
    return [(labels.get(reason, reason), count) for reason, count in sorted(counts.items())]


def download(request):
    _coordinator(request)
    rows = figures.request_table(_since(request), _language(request))
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="taalhulp-figures-{stamp}.csv"'
    csv_export.writer(response).writerows(figures.csv_rows(rows))
    # Counts only, no personal data: logged so the agency knows who took the figures out.
    audit(request, "taalhulpen.figures_export", detail=f"{len(rows)} rows")
    return response


@require_POST
def wave_toggle(request, pk: int):
    """Close an open wave (its call leaves the crisis hub) or open it again."""
    _coordinator(request)
    wave = get_object_or_404(Wave, pk=pk)
    wave.closed_at = None if wave.closed_at else timezone.now()
    wave.save(update_fields=["closed_at"])
    audit(request, "taalhulpen.wave_" + ("opened" if wave.is_open else "closed"), wave)
    if wave.is_open:
        messages.success(request, _("The wave is open again."))
    else:
        messages.success(request, _("The wave is closed."))
    return redirect(f"{reverse(f'{NAMESPACE}:overview')}#waves")


class FiguresMenuItem(MenuItem):
    def is_shown(self, request):
        return is_coordinator(request.user)


@hooks.register("register_admin_urls")
def register_figures_urls():
    urls = [
        path("", overview, name="overview"),
        path("figures.csv", download, name="download"),
    ]
    # The namespace names the model, so tests/portal/permission_walk finds the <pk>.
    waves = [path("<int:pk>/open-close/", wave_toggle, name="toggle")]
    return [
        path("language-helpers/figures/", (urls, NAMESPACE, NAMESPACE)),
        path("language-helpers/waves/", (waves, "taalhulpen_wave", "taalhulpen_wave")),
    ]


@hooks.register("register_admin_menu_item")
def register_figures_menu_item():
    return FiguresMenuItem(
        gettext_lazy("Language-help figures"),
        reverse(f"{NAMESPACE}:overview"),
        icon_name="table",
        order=275,
    )
