"""Reference regions (referentieregio's) of municipalities, and target-group sizes in them."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.models.places import Municipality


class ReferenceRegion(models.Model):
    """A region in which local authorities work together (Flemish referentieregio), or Brussels.

    Loaded from portal/data/reference_regions.csv by `load_places`; the 2025 municipalities."""

    code = models.SlugField(_("code"), max_length=50, primary_key=True)
    name = models.CharField(_("name"), max_length=100)
    municipalities = models.ManyToManyField(
        Municipality, related_name="reference_regions", verbose_name=_("municipalities")
    )

    class Meta:
        verbose_name = _("reference region")
        verbose_name_plural = _("reference regions")
        ordering = ["name"]

    def __str__(self):
        return self.name


class TargetGroupFigure(models.Model):
    """How many people of a target group live in a municipality on a day (imported by editors)."""

    class Group(models.TextChoices):
        CIVIC_INTEGRATION = "civic_integration", _("newcomers in a civic integration trajectory")
        PARTICIPATION = "participation", _("people in the participation and network trajectory")
        NEWCOMERS = "newcomers", _("newcomers who must follow civic integration")
        DUTCH_LEARNERS = "dutch_learners", _("people waiting for a Dutch course")

    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.CASCADE,
        related_name="target_group_figures",
        verbose_name=_("municipality"),
    )
    group = models.CharField(_("target group"), max_length=30, choices=Group.choices)
    reference_date = models.DateField(_("on the day"))
    count = models.PositiveIntegerField(_("number of people"))
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("target-group figure")
        verbose_name_plural = _("target-group figures")
        ordering = ["municipality", "group", "-reference_date"]
        constraints = [
            models.UniqueConstraint(
                fields=["municipality", "group", "reference_date"], name="one_figure_per_day"
            )
        ]

    def __str__(self):
        return f"{self.municipality}: {self.get_group_display()} ({self.reference_date})"
