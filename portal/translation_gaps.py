"""Admin report: every page with the fields that have Dutch text but none in another site
language, so editors see where visitors get the Dutch fallback."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page

from portal.page_text import missing_translations
from portal.readability.report import edit_url, editable_pages


@dataclass
class GapRow:
    page: Page
    missing: dict[str, list[str]] = field(default_factory=dict)

    @property
    def title(self) -> str:
        return self.page.title

    def __getattr__(self, name):
        # One column per site language: "missing_en" lists the fields without English text.
        if name.startswith("missing_"):
            return ", ".join(self.missing.get(name.removeprefix("missing_"), [])) or "—"
        raise AttributeError(name)


def _language_columns():
    return [
        Column(f"missing_{code}", label=name)
        for code, name in settings.LANGUAGES
        if code != settings.LANGUAGE_CODE
    ]


class TranslationGapsReportView(ReportView):
    page_title = _("Missing translations")
    header_icon = "globe"
    index_url_name = "translation_gaps_report"
    index_results_url_name = "translation_gaps_report_results"
    paginate_by = 50

    @property
    def columns(self):
        return [TitleColumn("title", label=_("Page"), get_url=edit_url), *_language_columns()]

    @property
    def list_export(self):
        return ["title", *(column.name for column in _language_columns())]

    def get_queryset(self):
        rows = []
        for page in editable_pages(self.request.user):
            missing = missing_translations(page)
            if missing:
                rows.append(GapRow(page=page, missing=missing))
        return rows

    def get_filename(self):
        return "missing-translations-report"
