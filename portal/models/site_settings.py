"""Site settings editors manage in the admin: the helpdesk (the "call" in click-call-connect)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    helpdesk_phone = models.CharField(
        _("helpdesk phone"),
        max_length=40,
        blank=True,
        help_text=_("In international form, for example +32 2 205 00 55."),
    )
    helpdesk_email = models.EmailField(_("helpdesk e-mail"), blank=True)
    helpdesk_hours = models.CharField(
        _("helpdesk opening hours"),
        max_length=200,
        blank=True,
        help_text=_("For example: Monday to Thursday, 9:00 to 12:00."),
    )
    helpdesk_audience = models.TextField(
        _("who can contact the helpdesk"),
        blank=True,
        help_text=_("Who may call and what they can expect, in plain language."),
    )
    footer_text = models.TextField(
        _("footer text"),
        blank=True,
        help_text=_("A short line about the site, shown in the footer."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("helpdesk_phone"),
                FieldPanel("helpdesk_email"),
                FieldPanel("helpdesk_hours"),
                FieldPanel("helpdesk_audience"),
            ],
            heading=_("Helpdesk"),
        ),
        FieldPanel("footer_text"),
    ]

    class Meta:
        verbose_name = _("site settings")

    @property
    def helpdesk_phone_href(self):
        """The phone number as a tel: link target (digits and a leading plus only)."""
        digits = "".join(ch for ch in self.helpdesk_phone if ch.isdigit() or ch == "+")
        return f"tel:{digits}" if digits else ""
