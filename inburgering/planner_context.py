"""What the planner page shows: the no-JS plan from the query string, texts for the script."""

from __future__ import annotations

import json

from django.http import QueryDict
from django.utils.module_loading import import_string
from django.utils.translation import gettext

from inburgering import planner
from portal import registries
from portal.i18n import WEEKDAYS


def offers_facts(ids: list[int]) -> dict[int, dict]:
    """Facts of the offers among `ids` that count for the 40 hours, from whoever keeps offers
    (aanbod, through registries.offer_plan_facts); inburgering never imports aanbod."""
    if not ids:
        return {}
    found: dict[int, dict] = {}
    for path in registries.offer_plan_facts:
        found.update(import_string(path)(ids))
    return found


def _query_without(ids: list[int], left_out: int) -> str:
    query = QueryDict(mutable=True)
    query.setlist("offer", [str(number) for number in ids if number != left_out])
    return query.urlencode()


def planner_context(page, request) -> dict:
    """The plan named in `?offer=` (the only path on which the server sees offer ids) and the
    translated texts the script needs to draw the plan kept on the device."""
    ids = planner.offer_ids(request.GET.getlist("offer"))
    facts = offers_facts(ids)
    offers = [planner.plan_offer(facts[number]) for number in ids if number in facts]
    plan = planner.build_plan(offers)
    day_names = [str(name) for _, name in WEEKDAYS]
    texts = {
        "days": day_names,
        "hours": gettext("%(hours)s hours"),
        "hoursUnknown": gettext("Hours not known: ask the organiser."),
        "total": gettext("%(total)s of %(target)s hours"),
        "missing": gettext("Still missing: %(hours)s hours."),
        "complete": gettext("You have 40 hours or more. Show your plan to your trajectory guide."),
        "clash": gettext("Clash with: %(titles)s"),
        "nothing": gettext("Nothing planned."),
        "remove": gettext("Remove %(title)s"),
        "removed": gettext("Removed from My 40 hours: %(title)s."),
        "empty": gettext("Your plan is empty. Add offers from the finder or from an offer page."),
        "qrTooLong": gettext("The plan is too long for a QR code. Share the link instead."),
        "copied": gettext("The link is copied."),
        "kept": gettext("The plan is now kept on this device."),
        "sharedPlan": gettext(
            "You are looking at a shared plan. It is not yet kept on this device."
        ),
        "badLink": gettext("This link does not hold a plan we can read. Ask for the link again."),
        "icsName": gettext("my-40-hours"),
    }
    return {
        "plan": plan,
        "plan_ids": [offer.id for offer in offers],
        "plan_unknown": [number for number in ids if number not in facts],
        "plan_target": planner.TARGET_HOURS,
        "plan_days": list(zip(day_names, plan.week, strict=True)),
        "plan_link": request.build_absolute_uri() if offers else "",
        "plan_rows": [
            (offer, json.dumps(facts[offer.id], ensure_ascii=False), _query_without(ids, offer.id))
            for offer in offers
        ],
        "plan_texts_json": json.dumps(texts, ensure_ascii=False),
    }
