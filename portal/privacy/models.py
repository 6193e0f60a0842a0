"""The erasure ledger (keyed hashes, never addresses) and the single-use links of the data page."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ErasureRecord(models.Model):
    """One erasure, kept so a restore from an older backup can erase the person again."""

    class Scope(models.TextChoices):
        ALL = "all", _("All data of an e-mail address")
        VOLUNTEER = "volunteer", _("Candidate buddy")
        NEWSLETTER = "newsletter", _("Newsletter subscriber")
        SAVED_SEARCH = "saved_search", _("Saved search")

    scope = models.CharField(_("what was erased"), max_length=20, choices=Scope.choices)
    digest = models.CharField(_("keyed hash"), max_length=64)
    erased_at = models.DateTimeField(_("erased on"), auto_now_add=True)

    class Meta:
        verbose_name = _("erasure record")
        verbose_name_plural = _("erasure records")
        ordering = ["erased_at"]
        constraints = [
            models.UniqueConstraint(fields=["scope", "digest"], name="privacy_one_record_per_key")
        ]

    def __str__(self):
        return f"{self.scope} {self.digest[:12]}…"


class PrivacyLink(models.Model):
    """A sent link to the data page; the token carries the address, this row makes it single use."""

    nonce = models.CharField(max_length=32, unique=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("link to the data page")
        verbose_name_plural = _("links to the data page")

    def __str__(self):
        return f"{self.nonce[:6]}… {self.created_at:%Y-%m-%d %H:%M}"
