"""Taxonomies editors manage: Dutch levels, themes and target groups."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


class DutchLevel(models.Model):
    """A0 (no Dutch yet) to C1; rows are created by a migration."""

    code = models.CharField(_("level"), max_length=2, primary_key=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("Dutch level")
        verbose_name_plural = _("Dutch levels")
        ordering = ["position"]

    def __str__(self):
        return self.code


class TaxonomyTerm(models.Model):
    slug = models.SlugField(_("code"), max_length=50, unique=True)
    name = models.CharField(
        _("name"), max_length=100, help_text=_("Short, in plain language, for example: Sport.")
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name or self.slug


class Theme(TaxonomyTerm):
    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")


class TargetGroup(TaxonomyTerm):
    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")
