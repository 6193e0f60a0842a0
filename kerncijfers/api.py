"""The key figures in the open data API: GET /api/v1/stats/ and /api/v1/stats/{key}/.

The same aggregates as the key figures page; a count below 5 is null with "suppressed": true."""

from __future__ import annotations

import datetime as dt

from django.http import HttpRequest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from ninja import Field, Path, Query, Router, Schema, Status

from kerncijfers import cells, figures, quarters
from kerncijfers.quarters import Quarter
from portal import key_figures
from portal.i18n import api_message_language
from portal.ratelimit import over_request_limit, too_many_requests

router = Router(tags=["stats"])
KEY_PATTERN = r"^[a-z0-9_]{1,50}$"


class StatsErrorItem(Schema):
    field: str
    code: str
    message: str


class StatsErrorOut(Schema):
    detail: str
    errors: list[StatsErrorItem]


class FigureSummaryOut(Schema):
    key: str = Field(description="Stable code, used in /api/v1/stats/{key}/.")
    title: str
    description: str
    dimension: str = Field(description="What the rows of the figure are.")
    url: str = Field(description="The figure for the latest complete quarter.")


class QuarterOut(Schema):
    code: str = Field(description="For example 2026-Q3.")
    first_day: dt.date
    last_day: dt.date
    complete: bool = Field(description="False for the quarter running now (figures so far).")


class StatsIndexOut(Schema):
    small_cell_threshold: int = Field(description="Counts below this are never published.")
    latest_complete_quarter: str
    quarters: list[QuarterOut]
    figures: list[FigureSummaryOut]


class RowOut(Schema):
    code: str
    label: str
    count: int | None = Field(description="null when the count is below 5 (suppressed).")
    suppressed: bool


class FigureOut(Schema):
    key: str
    title: str
    description: str
    dimension: str
    quarter: str
    first_day: dt.date
    last_day: dt.date
    small_cell_threshold: int
    rows: list[RowOut]


class QuarterQuery(Schema):
    quarter: str | None = Field(
        None,
        description="The quarter, for example 2026-Q3. Default: the latest complete quarter.",
        pattern=quarters.PATTERN,
    )


def _not_found(detail: str, field: str, value: str, code: str):
    """A 404 whose error names the parameter, as every error of the API does."""
    message = gettext('"%(field)s" cannot be "%(value)s". See %(list)s.') % {
        "field": field,
        "value": value,
        "list": reverse("aanbod-api-v1:stats_index"),
    }
    error = {"field": field, "code": code, "message": message}
    return Status(404, {"detail": detail, "errors": [error]})


@router.get(
    "/stats/",
    response={200: StatsIndexOut, 429: StatsErrorOut},
    summary="Key figures and quarters",
    description=(
        "The key figures of the kerncijfers page and the quarters they exist for. Counts "
        f"below {cells.THRESHOLD} are never published."
    ),
    operation_id="stats_index",
)
def stats_index(request: HttpRequest):
    if over_request_limit(request, "api"):
        return too_many_requests(request)
    current = figures.offered_quarters()[0]
    with translation.override(api_message_language(request)):
        return {
            "small_cell_threshold": cells.THRESHOLD,
            "latest_complete_quarter": figures.default_quarter().code,
            "quarters": [
                {
                    "code": quarter.code,
                    "first_day": quarter.first_day,
                    "last_day": quarter.last_day,
                    "complete": quarter != current,
                }
                for quarter in figures.offered_quarters()
            ],
            "figures": [
                {
                    "key": figure.key,
                    "title": str(figure.title),
                    "description": str(figure.description),
                    "dimension": str(figure.dimension),
                    "url": request.build_absolute_uri(
                        reverse("aanbod-api-v1:stats_figure", kwargs={"key": figure.key})
                    ),
                }
                for figure in key_figures.figures()
            ],
        }


@router.get(
    "/stats/{key}/",
    response={200: FigureOut, 404: StatsErrorOut, 422: StatsErrorOut, 429: StatsErrorOut},
    summary="One key figure for one quarter",
    description=(
        "The rows of one figure for a quarter. A count below "
        f"{cells.THRESHOLD} is null, with suppressed true. There is no total: with one, a "
        "suppressed count could be worked out."
    ),
    operation_id="stats_figure",
)
def stats_figure(
    request: HttpRequest,
    filters: Query[QuarterQuery],
    key: str = Path(..., description="The figure's key, from /api/v1/stats/.", pattern=KEY_PATTERN),
):
    if over_request_limit(request, "api"):
        return too_many_requests(request)
    language = api_message_language(request)
    with translation.override(language):
        figure = figures.find(key)
        if figure is None:
            detail = gettext(
                "There is no key figure %(key)s. The figures are listed at %(list)s."
            ) % {
                "key": key,
                "list": reverse("aanbod-api-v1:stats_index"),
            }
            return _not_found(detail, "key", key, "unknown_figure")
        quarter = Quarter.parse(filters.quarter) if filters.quarter else figures.default_quarter()
        if quarter is None or quarter not in figures.offered_quarters():
            detail = gettext(
                "There are no figures for the quarter %(quarter)s. The quarters are listed at "
                "%(list)s."
            ) % {"quarter": filters.quarter, "list": reverse("aanbod-api-v1:stats_index")}
            return _not_found(detail, "quarter", filters.quarter, "unknown_quarter")
        return figures.as_json(figures.table(figure, quarter))
