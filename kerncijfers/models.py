"""The public key figures page: per quarter a chart, a table and downloads for every figure."""

from __future__ import annotations

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.core.validators import RegexValidator
from django.db import models
from django.http import Http404, HttpResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable

from kerncijfers import figures, quarters
from kerncijfers.page_context import page_context, requested_quarter
from portal import csv_export, key_figures
from portal.models import BasePage


def figure_choices() -> list[tuple[str, str]]:
    """The registered figures, read when the form is built (apps register them in ready())."""
    return [(figure.key, figure.title) for figure in key_figures.figures()]


class KeyFiguresPage(RoutablePageMixin, BasePage):
    """Key figures per quarter ("kerncijfers"): what the apps count, small cells suppressed,
    with the editors' narrative per figure."""

    is_demo = models.BooleanField(_("demo content"), default=False, editable=False)

    parent_page_types = ["portal.HomePage", "portal.StandardPage"]
    subpage_types: list[str] = []
    content_panels = [
        *BasePage.content_panels,
        InlinePanel(
            "notes",
            heading=_("Notes per figure"),
            label=_("note"),
            help_text=_("Explain a figure in plain words. It is shown under that figure's chart."),
        ),
    ]

    class Meta:
        verbose_name = _("key figures page")
        verbose_name_plural = _("key figures pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(page_context(self, request))
        return context

    @path("")
    def index(self, request):
        return self.render(request)

    def _table(self, request, key: str) -> figures.Table:
        figure = figures.find(key)
        quarter = requested_quarter(request)
        if figure is None or quarter is None:
            raise Http404
        return figures.table(figure, quarter)

    @path("csv/<slug:key>/")
    def csv_download(self, request, key: str):
        table = self._table(request, key)
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{key}-{table.quarter}.csv"'
        csv_export.writer(response).writerows(figures.csv_rows(table))
        return response

    @path("json/<slug:key>/")
    def json_download(self, request, key: str):
        table = self._table(request, key)
        body = json.dumps(figures.as_json(table), cls=DjangoJSONEncoder, ensure_ascii=False)
        response = HttpResponse(body, content_type="application/json; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{key}-{table.quarter}.json"'
        return response


class FigureNote(Orderable):
    """The editors' words about one figure, for every quarter or for one."""

    page = ParentalKey(KeyFiguresPage, on_delete=models.CASCADE, related_name="notes")
    figure = models.CharField(_("figure"), max_length=50, choices=figure_choices)
    quarter = models.CharField(
        _("quarter"),
        max_length=7,
        blank=True,
        validators=[RegexValidator(quarters.PATTERN, _("Write the quarter as 2026-Q3."))],
        help_text=_("For example 2026-Q3. Leave empty to show the note with every quarter."),
    )
    text = RichTextField(_("text"), features=["bold", "italic", "link", "ol", "ul"])

    panels = [FieldPanel("figure"), FieldPanel("quarter"), FieldPanel("text")]

    class Meta(Orderable.Meta):
        verbose_name = _("note")
        verbose_name_plural = _("notes")
