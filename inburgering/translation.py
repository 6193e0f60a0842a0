"""Fields of inburgering models that are translated into every site language."""

from modeltranslation.translator import TranslationOptions, register

from inburgering.models import CourseRule, DutchCourseOrientationPage, ParticipationPlannerPage


@register(DutchCourseOrientationPage)
class DutchCourseOrientationPageTranslation(TranslationOptions):
    fields = ("intro", "body")


@register(CourseRule)
class CourseRuleTranslation(TranslationOptions):
    fields = ("reason", "duration")


@register(ParticipationPlannerPage)
class ParticipationPlannerPageTranslation(TranslationOptions):
    fields = ("intro", "body")
