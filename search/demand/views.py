"""The offer-gap insight in the admin: supply against demand per municipality and region, the
ranked gaps, and a CSV; the agency sees every municipality, a local authority its own. Audited."""

from __future__ import annotations

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from portal import csv_export
from portal.audit import audit
from search.demand import report, selectors
from search.offers.labels import facet_labels
from search.offers.params import DAYPARTS, LEVELS, TYPES


def _choices(name: str, values) -> list[tuple[str, str]]:
    names = facet_labels(name, list(values))
    return [("", _("All"))] + [(value, str(names.get(value, value))) for value in values]


class GapFilterForm(forms.Form):
    days = forms.TypedChoiceField(
        label=gettext_lazy("Period"), coerce=int, required=False, initial=30
    )
    region = forms.ChoiceField(label=gettext_lazy("Reference region"), required=False)
    nis = forms.ChoiceField(label=gettext_lazy("Municipality"), required=False)
    offer_type = forms.ChoiceField(label=gettext_lazy("Type of offer"), required=False)
    level = forms.ChoiceField(label=gettext_lazy("Dutch level"), required=False)
    daypart = forms.ChoiceField(label=gettext_lazy("Part of the day"), required=False)

    def __init__(self, data, *, scope):
        super().__init__(data)
        self.fields["days"].choices = [
            (days, _("Last %(days)d days") % {"days": days}) for days in report.PERIODS
        ]
        self.fields["region"].choices = [("", _("All"))] + [
            (region.code, region.name) for region in selectors.regions(scope)
        ]
        self.fields["nis"].choices = [("", _("All"))] + [
            (m.nis, str(m)) for m in selectors.municipalities(scope)
        ]
        self.fields["offer_type"].choices = _choices("type", TYPES)
        self.fields["level"].choices = _choices("level", LEVELS)
        self.fields["daypart"].choices = _choices("daypart", DAYPARTS)

    def filters(self) -> report.Filters:
        data = self.cleaned_data if self.is_valid() else {}
        return report.Filters(
            days=data.get("days") or 30,
            region=data.get("region", ""),
            nis=data.get("nis", ""),
            offer_type=data.get("offer_type", ""),
            level=data.get("level", ""),
            daypart=data.get("daypart", ""),
        )


def _scope(request):
    scope = selectors.visible_municipalities(request.user)
    if scope is not None and not scope:
        raise PermissionDenied
    return scope


def overview(request):
    scope = _scope(request)
    form = GapFilterForm(request.GET or None, scope=scope)
    filters = form.filters()
    found = report.build(scope, filters)
    # Figures only, never a person's data; logged so the agency knows who looked at what.
    audit(request, "search_demand.gaps_viewed", detail=filters.describe())
    title = _("Offer gaps")
    return TemplateResponse(
        request,
        "search_demand/gaps.html",
        {
            "page_title": title,
            "header_title": title,
            "header_icon": "table",
            "breadcrumbs_items": [],
            "form": form,
            "report": found,
            "gaps": [(gap, report.sentence(gap, filters.days)) for gap in found.gaps[:50]],
            "all_municipalities": scope is None,
            "query": request.GET.urlencode(),
        },
    )


PLACE_COLUMNS = (
    "nis", "name", "region", "target_group", "target_groups", "offers", "offers_by_type",
    "offers_by_level", "offers_by_daypart", "participation_hours", "searches", "zero_result",
    "relaxed", "searches_by_type", "searches_by_level", "searches_by_daypart",
)  # fmt: skip


def download(request):
    scope = _scope(request)
    filters = GapFilterForm(request.GET or None, scope=scope).filters()
    found = report.build(scope, filters)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="offer-gaps-{stamp}.csv"'
    writer = csv_export.writer(response)
    writer.writerow([_("Gap"), _("Municipality"), _("Searches"), _("Offers nearby")])
    for gap in found.gaps:
        writer.writerow(
            [report.sentence(gap, filters.days), gap.place.nis, gap.searches, gap.offers_near]
        )
    writer.writerow([])
    writer.writerow(PLACE_COLUMNS)
    for row in found.places:
        writer.writerow([row[column] for column in PLACE_COLUMNS])
    audit(request, "search_demand.gaps_exported", detail=filters.describe())
    return response
