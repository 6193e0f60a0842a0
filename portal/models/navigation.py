"""Navigation menus (main menu and footer) as snippets with ordered, translatable items."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.models import Orderable


class NavigationMenu(ClusterableModel):
    class Location(models.TextChoices):
        MAIN = "main", _("Main menu")
        FOOTER = "footer", _("Footer")

    location = models.CharField(_("location"), max_length=20, choices=Location.choices, unique=True)

    panels = [FieldPanel("location"), InlinePanel("items", label=_("Menu items"))]

    class Meta:
        verbose_name = _("navigation menu")
        verbose_name_plural = _("navigation menus")

    def __str__(self):
        return str(self.get_location_display())


class NavigationMenuItem(Orderable):
    menu = ParentalKey(NavigationMenu, on_delete=models.CASCADE, related_name="items")
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    link_url = models.URLField(_("web address"), blank=True)
    label = models.CharField(
        _("label"),
        max_length=100,
        blank=True,
        help_text=_("Leave empty to use the title of the page."),
    )

    panels = [PageChooserPanel("link_page"), FieldPanel("link_url"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("menu item")
        verbose_name_plural = _("menu items")

    def __str__(self):
        return self.text

    def clean(self):
        super().clean()
        if bool(self.link_page_id) == bool(self.link_url):
            message = _("Choose a page or enter a web address, not both.")
            raise ValidationError({"link_page": message, "link_url": message})
        if self.link_url and not self.label:
            raise ValidationError({"label": _("Give a label for a link to a web address.")})

    @property
    def text(self):
        if self.label:
            return self.label
        return self.link_page.title if self.link_page_id else self.link_url

    @property
    def url(self):
        return self.link_page.url if self.link_page_id else self.link_url
