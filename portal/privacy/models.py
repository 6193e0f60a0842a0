"""The erasure ledger (keyed hashes, never addresses) and the links sent by e-mail."""

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


class MailedLink(models.Model):
    """A link sent by e-mail. The link holds only a random token; this row holds a hash of
    it, so neither the link nor the database reveals an address or opens anything alone."""

    digest = models.CharField(max_length=64, unique=True)  # SHA-256 of the token
    purpose = models.CharField(max_length=40)
    # What the link acts on: a row id, or for the data page the address (cleared once used).
    subject = models.CharField(max_length=254, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(db_index=True)
    used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("link sent by e-mail")
        verbose_name_plural = _("links sent by e-mail")

    def __str__(self):
        return f"{self.purpose} {self.digest[:8]}… {self.created_at:%Y-%m-%d %H:%M}"
