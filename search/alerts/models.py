"""A saved search: only what is needed to send it, in the subscriber's language."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class SavedSearch(models.Model):
    email = models.EmailField(_("e-mail address"))
    query = models.CharField(_("search"), max_length=2000, blank=True)
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    # Kept so unconfirmed subscriptions can be deleted after a week.
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    last_sent_at = models.DateTimeField(_("last checked for new offers"), null=True, blank=True)

    class Meta:
        verbose_name = _("saved search")
        verbose_name_plural = _("saved searches")
        constraints = [
            models.UniqueConstraint(fields=["email", "query"], name="unique_saved_search"),
        ]

    def __str__(self):
        return f"{self.pk}: {self.query or '-'}"

    @property
    def confirmed(self) -> bool:
        return self.confirmed_at is not None
