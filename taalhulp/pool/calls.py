"""Calls to action for open crisis waves, for the crisis hub page (a page context provider)."""

from django.urls import reverse
from django.utils.translation import gettext as _

from taalhulp.pool.models import Wave


def open_wave_calls(page, request) -> dict:
    """`calls_to_action`: one generic call (title, text, link) per open crisis wave."""
    calls = [
        {
            "title": wave.title,
            "text": wave.call,
            "url": reverse("taalhulpen:register_wave", kwargs={"wave_id": wave.pk}),
            "label": _("Register as a crisis interpreter"),
        }
        for wave in Wave.objects.filter(closed_at__isnull=True).order_by("opened_at")
    ]
    if not calls:
        return {}
    return {"calls_to_action": calls, "calls_to_action_heading": _("Volunteers wanted")}
