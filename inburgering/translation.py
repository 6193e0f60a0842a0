"""Fields of inburgering models that are translated into every site language."""

from modeltranslation.translator import TranslationOptions, register

from inburgering.models import (
    CourseRule,
    DutchCourseOrientationPage,
    GuideStep,
    IntegrationGuidePage,
    ParticipationPlannerPage,
)


@register(DutchCourseOrientationPage)
class DutchCourseOrientationPageTranslation(TranslationOptions):
    fields = ("intro", "body")


@register(CourseRule)
class CourseRuleTranslation(TranslationOptions):
    fields = ("reason", "duration")


@register(IntegrationGuidePage)
class IntegrationGuidePageTranslation(TranslationOptions):
    fields = (
        "intro",
        "body",
        "obliged_text",
        "entitled_text",
        "office_flanders",
        "office_brussels",
    )


@register(GuideStep)
class GuideStepTranslation(TranslationOptions):
    fields = ("heading", "summary", "what_to_do", "cost", "where_to_go")


@register(ParticipationPlannerPage)
class ParticipationPlannerPageTranslation(TranslationOptions):
    fields = ("intro", "body")
