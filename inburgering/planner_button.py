"""The "Add to My 40 hours" button on finder cards and offer pages (registries.offer_actions)."""

from __future__ import annotations

import json

from django.template.loader import render_to_string
from django.utils.translation import gettext

from inburgering.planner_models import ParticipationPlannerPage

_UNSET = object()


def planner_url(request) -> str:
    """The URL of the live planner page in the active language, looked up once per request."""
    cached = getattr(request, "_planner_url", _UNSET) if request is not None else _UNSET
    if cached is not _UNSET:
        return cached
    page = ParticipationPlannerPage.objects.live().public().order_by("path").first()
    url = (page.get_url(request) or "") if page else ""
    if request is not None:
        request._planner_url = url
    return url


def render_button(context, facts: dict) -> str:
    """A link to the planner's no-JS view with the offer in the query string; the script
    (plan-add.js) turns it into a button that adds the offer to the plan on the device."""
    request = context.get("request")
    url = planner_url(request)
    if not url:
        return ""
    first = not getattr(request, "_planner_script_added", False)
    if request is not None:
        request._planner_script_added = True
    return render_to_string(
        "inburgering/includes/plan_button.html",
        {
            "facts": facts,
            "facts_json": json.dumps(facts, ensure_ascii=False),
            "planner_url": url,
            "with_script": first,
            "text_added": gettext(
                "Added to My 40 hours: %(title)s. You now have %(total)s of 40 hours."
            ),
            "text_removed": gettext("Removed from My 40 hours: %(title)s."),
        },
        request=request,
    )
