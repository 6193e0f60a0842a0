"""Snippets editors manage: legal topics (tags) and the front-line services of "connect"."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index


class TopicQuerySet(models.QuerySet):
    def by_slug(self, slug: str):
        """The topic with this code, or None (for a `?topic=` parameter; no error)."""
        slug = (slug or "").strip()[:60]
        return self.filter(slug=slug).first() if slug else None


class Topic(index.Indexed, models.Model):
    """A legal topic tag shared by topic pages, news and rulings (and newsletter subscriptions)."""

    name = models.CharField(
        _("name"), max_length=100, help_text=_("Short, in plain language, for example: Asylum.")
    )
    slug = models.SlugField(_("code"), max_length=60, unique=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = TopicQuerySet.as_manager()

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("legal topic")
        verbose_name_plural = _("legal topics")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name or self.slug


class FrontLineService(index.Indexed, models.Model):
    """A local service professionals and people can turn to; individuals are not helped case by
    case by the helpdesk, so "connect" refers them here."""

    class Kind(models.TextChoices):
        SOCIAL_SERVICE = "social_service", _("Social service (OCMW/CPAS)")
        LEGAL_AID = "legal_aid", _("Free legal aid")
        REFUGEE_SUPPORT = "refugee_support", _("Support for refugees")
        INTEGRATION = "integration", _("Integration office")
        WELFARE = "welfare", _("General welfare centre (CAW)")
        MUNICIPALITY = "municipality", _("Municipal foreigners' office")

    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices)
    description = models.TextField(
        _("what they do"),
        blank=True,
        help_text=_("One or two sentences in plain language: what can people ask here?"),
    )
    municipalities = models.ManyToManyField(
        "portal.Municipality",
        related_name="front_line_services",
        verbose_name=_("municipalities served"),
    )
    address = models.CharField(_("address"), max_length=250, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)
    opening_hours = models.CharField(_("opening hours"), max_length=200, blank=True)
    languages = models.CharField(
        _("languages spoken"),
        max_length=100,
        blank=True,
        help_text=_("Two-letter codes, separated by commas, for example: nl, fr, en, ar."),
    )
    is_demo = models.BooleanField(_("demo content"), default=False, editable=False)

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("description"),
        FieldPanel("municipalities"),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("website"),
                FieldPanel("opening_hours"),
            ],
            heading=_("Contact"),
        ),
        FieldPanel("languages"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("front-line service")
        verbose_name_plural = _("front-line services")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def language_codes(self) -> list[str]:
        return [code.strip().lower() for code in self.languages.split(",") if code.strip()]

    @property
    def phone_href(self) -> str:
        digits = "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")
        return f"tel:{digits}" if digits else ""
