"""What the course orientation page shows: the question form, the one route and its links.

The page's get_context passes itself in, so this never imports the models."""

from __future__ import annotations

from urllib.parse import urlencode

from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from inburgering import choices, orientation
from inburgering.forms import OrientationForm

ROUTE_LABELS = dict(choices.ROUTES)
# The offer finder belongs to search (a layer above): found by its URL name, never imported.
FINDER_URL_NAME = "search:finder"


def default_texts() -> dict[str, orientation.RouteText]:
    """Why each route fits and how long it takes, when no editor rule fits."""
    return {
        orientation.LATIN_SCRIPT_FIRST: orientation.RouteText(
            _(
                "You learn Dutch faster when you can read and write in the Latin alphabet. "
                "A CBE teaches this first, together with some Dutch. Then you go on with a "
                "Dutch course."
            ),
            _("Often one year or more, in small steps."),
        ),
        orientation.CBE: orientation.RouteText(
            _(
                "A CBE gives Dutch lessons at a slow pace, in small groups, with a lot of "
                "repetition. This fits when you did not go to school for long."
            ),
            _("About 240 hours of lessons for each level."),
        ),
        orientation.CVO: orientation.RouteText(
            _(
                "A CVO gives Dutch courses at a normal or fast pace. This fits when you went to "
                "secondary school or more."
            ),
            _("About 120 hours of lessons for each level."),
        ),
        orientation.UTC: orientation.RouteText(
            _(
                "A university language centre teaches at a fast pace and prepares you for "
                "studies in Dutch. This fits when you studied before and want to study here."
            ),
            _("About 120 hours of lessons for each level, often in intensive courses."),
        ),
    }


def pace_text(hours: int, pace: str, weeks: int) -> str:
    """Three short sentences: the hours a week, the pace, and the weeks of the first step."""
    return " ".join(
        (
            ngettext("You learn %(hours)d hour a week.", "You learn %(hours)d hours a week.", hours)
            % {"hours": hours},
            str(choices.PACES[pace]),
            ngettext(
                "The first step takes about %(weeks)d week.",
                "The first step takes about %(weeks)d weeks.",
                weeks,
            )
            % {"weeks": weeks},
        )
    )


def finder_url(filters) -> str:
    try:
        return reverse(FINDER_URL_NAME) + "?" + urlencode(list(filters))
    except NoReverseMatch:  # a site without the search app
        return ""


def orientation_context(page, request) -> dict:
    """The form (bound when sent) and, once it is valid, the advice with its links."""
    sent = OrientationForm.was_sent(request.GET)
    form = OrientationForm(request.GET if sent else None, auto_id="nt2-%s")
    context = {"nt2_form": form, "nt2_sent": sent, "nt2_advice": None}
    if not (sent and form.is_valid()):
        return context
    answers = form.answers()
    result = orientation.recommend(answers, page.orientation_rules(), default_texts())
    context["nt2_advice"] = {
        "route": result.route,
        "label": ROUTE_LABELS[result.route],
        "reason": result.reason,
        "duration": result.duration,
        "pace": pace_text(answers.hours, result.pace, result.weeks),
        "intake_url": page.intake_url,
        "finder_url": finder_url(result.filters),
    }
    return context
