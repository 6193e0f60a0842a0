"""Admin report: the pages whose text is harder than the plain-language target (B1)."""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from portal.readability.advice import check_page


def editable_pages(user):
    """Every page this editor may change, as its own type (the site root left out)."""
    pages = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return pages.filter(depth__gt=1).order_by("path").specific()


def edit_url(row) -> str:
    return reverse("wagtailadmin_pages:edit", args=[row.page.pk])


@dataclass
class HardTextRow:
    page: Page
    language: str
    flesch_douma: float | None
    average_sentence_words: float
    long_sentences: int
    passives: int

    @property
    def title(self) -> str:
        return self.page.title


class HardTextReportView(ReportView):
    page_title = _("Plain language: pages above B1")
    header_icon = "pilcrow"
    index_url_name = "plain_language_report"
    index_results_url_name = "plain_language_report_results"
    paginate_by = 50
    columns = [
        TitleColumn("title", label=_("Page"), get_url=edit_url),
        Column("language", label=_("Language")),
        Column("flesch_douma", label=_("Flesch-Douma score")),
        Column("average_sentence_words", label=_("Words per sentence, on average")),
        Column("long_sentences", label=_("Long sentences")),
        Column("passives", label=_("Passive sentences")),
    ]
    list_export = [
        "title",
        "language",
        "flesch_douma",
        "average_sentence_words",
        "long_sentences",
        "passives",
    ]

    def get_queryset(self):
        rows = []
        for page in editable_pages(self.request.user):
            for check in check_page(page):
                if check.score.meets_target:
                    continue
                rows.append(
                    HardTextRow(
                        page=page,
                        language=check.language,
                        flesch_douma=check.score.flesch_douma,
                        average_sentence_words=check.score.average_sentence_words,
                        long_sentences=len(check.score.of_kind("long_sentence")),
                        passives=len(check.score.of_kind("passive")),
                    )
                )
        return rows

    def get_filename(self):
        return "plain-language-report"
