"""Index updates that have not reached the search engine yet, so none is ever lost."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PendingIndexUpdate(models.Model):
    """The newest wanted state of one object in one index, until the engine has it."""

    index_name = models.CharField(_("index"), max_length=50)
    object_id = models.PositiveBigIntegerField(_("object"))
    version = models.BigIntegerField(_("version"))
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("pending index update")
        verbose_name_plural = _("pending index updates")
        constraints = [
            models.UniqueConstraint(
                fields=["index_name", "object_id"], name="one_pending_per_object"
            )
        ]

    def __str__(self):
        return f"{self.index_name}:{self.object_id} v{self.version}"
