"""The Dutch course orientation page ("Which Dutch course fits me?") and its editor rules."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable

from inburgering import choices, orientation
from inburgering.course_advice import orientation_context
from portal.json_fields import ChoiceListField
from portal.models import BasePage


class DutchCourseOrientationPage(BasePage):
    """A question form for newcomers that answers with one route to a Dutch course (NT2), the
    reason, how long it takes, the intake and the finder with matching courses."""

    intake_url = models.URLField(
        _("intake address"),
        blank=True,
        help_text=_("Where people sign up for an intake, for example the Huis van het Nederlands."),
    )
    is_demo = models.BooleanField(_("demo content"), default=False, editable=False)

    parent_page_types = ["portal.HomePage", "portal.StandardPage"]
    subpage_types = ["portal.StandardPage"]
    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intake_url"),
        InlinePanel(
            "rules",
            heading=_("Rules: the first rule that fits gives the route"),
            label=_("rule"),
            help_text=_("When no rule fits, the site's own sense decides."),
        ),
    ]

    class Meta:
        verbose_name = _("Dutch course orientation page")
        verbose_name_plural = _("Dutch course orientation pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(orientation_context(self, request))
        return context

    def orientation_rules(self) -> list[orientation.Rule]:
        return [rule.as_rule() for rule in self.rules.all()]


class CourseRule(Orderable):
    """Conditions on the answers (empty: any answer) and the route with its reason."""

    page = ParentalKey(DutchCourseOrientationPage, on_delete=models.CASCADE, related_name="rules")
    scripts = ChoiceListField(item_choices=choices.SCRIPTS, verbose_name=_("reading and writing"))
    schoolings = ChoiceListField(item_choices=choices.SCHOOLINGS, verbose_name=_("school"))
    goals = ChoiceListField(item_choices=choices.GOALS, verbose_name=_("goal"))
    times = ChoiceListField(item_choices=choices.TIMES, verbose_name=_("time for lessons"))
    dutch_levels = ChoiceListField(
        item_choices=choices.DUTCH_LEVELS, verbose_name=_("Dutch known already")
    )
    min_hours = models.PositiveSmallIntegerField(
        _("at least this many hours a week"), null=True, blank=True
    )
    max_hours = models.PositiveSmallIntegerField(
        _("at most this many hours a week"), null=True, blank=True
    )
    route = models.CharField(_("route"), max_length=20, choices=choices.ROUTES)
    reason = models.TextField(
        _("reason"), help_text=_("Why this route fits, in one or two plain sentences.")
    )
    duration = models.CharField(
        _("typical duration"),
        max_length=200,
        blank=True,
        help_text=_("For example: about 120 hours of lessons for each level."),
    )

    panels = [
        FieldPanel("scripts"),
        FieldPanel("schoolings"),
        FieldPanel("goals"),
        FieldPanel("times"),
        FieldPanel("dutch_levels"),
        FieldPanel("min_hours"),
        FieldPanel("max_hours"),
        FieldPanel("route"),
        FieldPanel("reason"),
        FieldPanel("duration"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("rule")
        verbose_name_plural = _("rules")

    def __str__(self):
        return f"{self.sort_order}: {self.get_route_display()}"

    def as_rule(self) -> orientation.Rule:
        return orientation.Rule(
            route=self.route,
            reason=self.reason,
            duration=self.duration,
            scripts=frozenset(self.scripts),
            schoolings=frozenset(self.schoolings),
            goals=frozenset(self.goals),
            times=frozenset(self.times),
            dutch_levels=frozenset(self.dutch_levels),
            min_hours=self.min_hours,
            max_hours=self.max_hours,
        )


# The guide and the planner live in their own modules; imported here so Django finds the models.
from inburgering.guide_models import GuideStep, IntegrationGuidePage  # noqa: E402, F401
from inburgering.planner_models import ParticipationPlannerPage  # noqa: E402, F401
