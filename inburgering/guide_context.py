"""What the guide page shows: the variant form, the steps for the variant and the office finder.

The page's get_context passes itself in, so this never imports the models. The offices come
through portal's local-services registry (vreemdelingenrecht keeps the front-line services)."""

from __future__ import annotations

from urllib.parse import urlencode

from django.utils.translation import gettext as _

from inburgering import choices, guide
from inburgering.guide_forms import POSTCODE_UNKNOWN, PostcodeForm, VariantForm
from portal import local_services
from portal.models import Municipality

REGION_LABELS = dict(choices.GUIDE_REGIONS)
STATUS_LABELS = choices.GUIDE_STATUS_SHORT
# The kinds of front-line service that help with civic integration.
OFFICE_KINDS = (local_services.INTEGRATION, local_services.MUNICIPALITY)


def audience(regions, statuses) -> str:
    """Who a step is for, in words ("Brussels, obliged"); "" when it is for everyone."""
    parts = [str(REGION_LABELS[r]) for r, _label in choices.GUIDE_REGIONS if r in regions]
    parts += [str(STATUS_LABELS[s]) for s, _label in choices.GUIDE_STATUSES if s in statuses]
    return ", ".join(parts)


def variant_text(variant: guide.Variant) -> str:
    if variant.region and variant.status:
        return _("Steps for %(region)s, for people who are %(status)s.") % {
            "region": REGION_LABELS[variant.region],
            "status": STATUS_LABELS[variant.status],
        }
    if variant.region:
        return _("Steps for %(region)s.") % {"region": REGION_LABELS[variant.region]}
    if variant.status:
        return _("Steps for people who are %(status)s.") % {"status": STATUS_LABELS[variant.status]}
    return _("All steps. Choose your situation to see only your steps.")


def with_query(page_url: str, pairs, anchor: str = "") -> str:
    query = urlencode(list(pairs))
    return page_url + (f"?{query}" if query else "") + anchor


def find_office(page, code: str, variant: guide.Variant, page_url: str) -> dict | None:
    """The places with this postcode and the offices serving them; None for an unknown code."""
    places = list(Municipality.objects.filter(postcodes__code=code).distinct().order_by("name_nl"))
    if not places:
        return None
    region = places[0].region
    services = local_services.find(places, OFFICE_KINDS)
    office = {
        "code": code,
        "places": [str(place) for place in places],
        "region": region,
        "region_label": REGION_LABELS.get(region, ""),
        "services": services,
        "fallback": page.office_brussels if region == guide.BRUSSELS else page.office_flanders,
        "switch_url": "",
    }
    if region in guide.REGIONS and variant.region != region:
        pairs = guide.Variant(region=region, status=variant.status).as_query()
        office["switch_url"] = with_query(page_url, [*pairs, ("postcode", code)], "#guide-steps")
    return office


def guide_context(page, request) -> dict:
    variant = guide.Variant.from_query(request.GET)
    page_url = request.path
    steps = [
        {"step": step, "audience": audience(step.regions, step.statuses)}
        for step in page.steps.all()
        if guide.applies(variant, step.regions, step.statuses)
    ]
    sent = PostcodeForm.was_sent(request.GET)
    postcode_form = PostcodeForm(request.GET if sent else None, auto_id="guide-%s")
    office = None
    if sent and postcode_form.is_valid():
        code = postcode_form.cleaned_data["postcode"]
        office = find_office(page, code, variant, page_url)
        if office is None:
            postcode_form.add_error("postcode", str(POSTCODE_UNKNOWN) % {"code": code})
    return {
        "guide_variant": variant,
        "guide_variant_form": VariantForm(
            initial={"region": variant.region, "status": variant.status}, auto_id="guide-%s"
        ),
        "guide_variant_text": variant_text(variant),
        "guide_all_url": with_query(page_url, [], "#guide-steps"),
        "guide_steps": steps,
        "guide_postcode_form": postcode_form,
        "guide_postcode": (request.GET.get("postcode") or "").strip()[:12],
        "guide_office": office,
    }
