"""Site settings of the legal section: how often topic pages must be reviewed, and by whom."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

DEFAULT_REVIEW_AFTER_DAYS = 180


@register_setting(icon="time")
class LegalSettings(BaseSiteSetting):
    review_after_days = models.PositiveIntegerField(
        _("review legal pages every (days)"),
        default=DEFAULT_REVIEW_AFTER_DAYS,
        help_text=_("Editors get a reminder when a topic page was not reviewed for this long."),
    )
    reminder_email = models.EmailField(
        _("e-mail for review reminders"),
        blank=True,
        help_text=_("Leave empty to send reminders to the page owner."),
    )

    panels = [FieldPanel("review_after_days"), FieldPanel("reminder_email")]

    class Meta:
        verbose_name = _("legal information settings")
