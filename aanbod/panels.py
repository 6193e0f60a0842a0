"""Admin panel that lists what makes an offer hard to find."""

from collections.abc import Callable
from typing import Any

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

GAP_MESSAGES = {
    "no_place": _("No place: people cannot find this offer near them. Add a postcode."),
    "no_schedule": _("No dates or times: people do not know when to come. Add a schedule."),
    "no_level": _(
        "No Dutch level: learners cannot filter on level. Tick the levels, or leave it empty "
        "only if the offer suits every level."
    ),
    "no_summary": _(
        "No summary: search results show nothing about the offer. Add one or two sentences."
    ),
    "no_translation": _(
        "Only in Dutch: newcomers who read little Dutch may miss it. Add a translation."
    ),
    "no_contact": _("No contact: people cannot ask questions. Add an e-mail, phone or website."),
    "no_theme": _("No theme: people who browse by theme will not see it. Choose a theme."),
}


class OfferChecklistPanel(Panel):
    """`gaps(offer)` gives the gap codes; the model passes it in, so panels import no models."""

    def __init__(self, *, gaps: Callable[[Any], list[str]], **kwargs):
        super().__init__(**kwargs)
        self.gaps = gaps

    def clone_kwargs(self) -> dict:
        return {**super().clone_kwargs(), "gaps": self.gaps}

    class BoundPanel(Panel.BoundPanel):
        template_name = "aanbod/admin/checklist_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            gaps = self.panel.gaps(self.instance) if self.instance.pk else []
            context["gaps"] = [GAP_MESSAGES[code] for code in gaps]
            return context
