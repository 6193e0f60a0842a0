"""What the language help page shows: the question form, the one route and where it leads.

The page's get_context passes itself and its settings in, so this never imports the models."""

from __future__ import annotations

from urllib.parse import urlencode

from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _

from taalhulp import choices, decision
from taalhulp.forms import DecisionForm

ROUTE_LABELS = dict(choices.ROUTES)
# The offer finder belongs to search (a layer above): found by its URL name, never imported.
FINDER_URL_NAME = "search:finder"


def guard_reason() -> str:
    return _(
        "This is a heavy or sensitive conversation. A volunteer may not interpret it. Book a "
        "certified social interpreter: trained, neutral and bound to secrecy."
    )


def _finder_url() -> str:
    try:
        return reverse(FINDER_URL_NAME) + "?" + urlencode({"type": "practice"})
    except NoReverseMatch:  # a site without the search app
        return ""


def route_link(route: str, links) -> dict | None:
    """Where a route leads: the text and address of its link, None when there is none yet."""
    if route == decision.INTERPRETER and links.booking_url:
        return {"url": links.booking_url, "text": _("Go to the booking portal for interpreters")}
    if route == decision.HELPER and links.helper_request_url:
        return {"url": links.helper_request_url, "text": _("Ask for a language helper")}
    if route == decision.PICTOGRAMS and links.pictograms_page_id:
        page = links.pictograms_page
        if page is not None and page.live:
            return {"url": page.url, "text": _("Open the pictograms")}
    if route == decision.SIMPLE_DUTCH:
        url = _finder_url()
        if url:
            return {"url": url, "text": _("Find a place to practise Dutch")}
    return None


def aid_context(page, request, links) -> dict:
    """The form (bound when sent) and, once it is valid, the decision with its link."""
    sent = DecisionForm.was_sent(request.GET)
    form = DecisionForm(request.GET if sent else None, auto_id="aid-%s")
    context = {"aid_form": form, "aid_sent": sent, "aid_decision": None}
    if not (sent and form.is_valid()):
        return context
    result = decision.decide(
        form.answers(), page.decision_rules(), page.default_rule(), guard_reason=guard_reason()
    )
    context["aid_decision"] = {
        "route": result.route,
        "label": ROUTE_LABELS[result.route],
        "reason": result.reason,
        "guarded": result.guarded,
        "link": route_link(result.route, links),
        "missing_helper_form": result.route == decision.HELPER and not links.helper_request_url,
    }
    return context
