"""The language help page (decision aid and communication fan), its rules and the links it uses."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Orderable

from portal.json_fields import ChoiceListField
from portal.models import BasePage
from taalhulp import choices, decision
from taalhulp.aid import aid_context
from taalhulp.blocks import FanBlock


class LanguageHelpPage(BasePage):
    """The page "Which language help fits this conversation?": a question form for professionals
    that answers with one route, and the communication fan with every way, when and its limits."""

    default_route = models.CharField(
        _("route when no rule fits"),
        max_length=20,
        choices=choices.ROUTES,
        default=decision.INTERPRETER,
    )
    default_reason = models.TextField(
        _("reason when no rule fits"),
        blank=True,
        help_text=_("Why this route fits, in one or two plain sentences."),
    )
    fan = StreamField(FanBlock(), blank=True, verbose_name=_("communication fan"))
    is_demo = models.BooleanField(_("demo content"), default=False, editable=False)

    parent_page_types = ["portal.HomePage", "portal.StandardPage"]
    subpage_types = ["portal.StandardPage"]
    content_panels = [
        *BasePage.content_panels,
        InlinePanel(
            "rules",
            heading=_("Rules: the first rule that fits gives the route"),
            label=_("rule"),
        ),
        MultiFieldPanel(
            [FieldPanel("default_route"), FieldPanel("default_reason")],
            heading=_("When no rule fits"),
        ),
        FieldPanel("fan"),
    ]

    class Meta:
        verbose_name = _("language help page")
        verbose_name_plural = _("language help pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        links = LanguageHelpSettings.for_request(request)
        context.update(aid_context(self, request, links))
        return context

    def decision_rules(self) -> list[decision.Rule]:
        return [rule.as_rule() for rule in self.rules.all()]

    def default_rule(self) -> decision.Rule:
        return decision.Rule(route=self.default_route, reason=self.default_reason)


class DecisionRule(Orderable):
    """Conditions on the answers (empty: any answer) and the route with the reason shown."""

    page = ParentalKey(LanguageHelpPage, on_delete=models.CASCADE, related_name="rules")
    kinds = ChoiceListField(
        item_choices=choices.KINDS,
        verbose_name=_("kind of conversation"),
    )
    stakes = ChoiceListField(
        item_choices=choices.STAKES,
        verbose_name=_("what is at stake"),
    )
    timings = ChoiceListField(
        item_choices=choices.TIMINGS,
        verbose_name=_("can it wait"),
    )
    modes = ChoiceListField(
        item_choices=choices.MODES,
        verbose_name=_("face to face or at a distance"),
    )
    dutch_levels = ChoiceListField(
        item_choices=choices.DUTCH_LEVELS,
        verbose_name=_("how much Dutch"),
    )
    languages = ChoiceListField(
        item_choices=choices.LANGUAGES,
        verbose_name=_("languages"),
    )
    route = models.CharField(_("route"), max_length=20, choices=choices.ROUTES)
    reason = models.TextField(
        _("reason"), help_text=_("Why this route fits, in one or two plain sentences.")
    )

    panels = [
        FieldPanel("kinds"),
        FieldPanel("stakes"),
        FieldPanel("timings"),
        FieldPanel("modes"),
        FieldPanel("dutch_levels"),
        FieldPanel("languages"),
        FieldPanel("route"),
        FieldPanel("reason"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("rule")
        verbose_name_plural = _("rules")

    def __str__(self):
        return f"{self.sort_order}: {self.get_route_display()}"

    def as_rule(self) -> decision.Rule:
        return decision.Rule(
            route=self.route,
            reason=self.reason,
            kinds=frozenset(self.kinds),
            stakes=frozenset(self.stakes),
            timings=frozenset(self.timings),
            modes=frozenset(self.modes),
            dutch_levels=frozenset(self.dutch_levels),
            languages=frozenset(self.languages),
        )


@register_setting(icon="group")
class LanguageHelpSettings(BaseSiteSetting):
    """Where the routes of the decision aid lead."""

    booking_url = models.URLField(
        _("booking portal for social interpreters"),
        blank=True,
        help_text=_("The agency's portal where services book a certified social interpreter."),
    )
    helper_request_url = models.CharField(
        _("request form for a language helper"),
        max_length=300,
        blank=True,
        help_text=_("An address on this site (/nl/…) or elsewhere. Empty: the form is coming."),
    )
    pictograms_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page with pictograms"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("For example the crisis hub, which has pictograms to print."),
    )

    panels = [
        FieldPanel("booking_url"),
        FieldPanel("helper_request_url"),
        FieldPanel("pictograms_page"),
    ]

    class Meta:
        verbose_name = _("language help settings")
