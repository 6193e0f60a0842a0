"""The course orientation's question form: sent by GET, stored nowhere, no personal data."""

from django import forms
from django.utils.translation import gettext_lazy as _

from inburgering import choices, orientation


def _radio(label, options, missing):
    return forms.ChoiceField(
        label=label,
        choices=options,
        widget=forms.RadioSelect,
        error_messages={"required": missing, "invalid_choice": missing},
    )


HOURS_MESSAGE = _("Fill in a number of hours from %(min)s to %(max)s, for example 6.")


class OrientationForm(forms.Form):
    script = _radio(
        _("Did you learn to read and write?"),
        choices.SCRIPTS,
        _("Choose whether you learned to read and write."),
    )
    schooling = _radio(
        _("How long did you go to school?"),
        choices.SCHOOLINGS,
        _("Choose how long you went to school."),
    )
    goal = _radio(
        _("Why do you want to learn Dutch?"),
        choices.GOALS,
        _("Choose why you want to learn Dutch."),
    )
    time = _radio(
        _("When do you have time for lessons?"),
        choices.TIMES,
        _("Choose when you have time."),
    )
    hours = forms.IntegerField(
        label=_("How many hours a week can you learn?"),
        min_value=orientation.MIN_HOURS,
        max_value=orientation.MAX_HOURS,
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "size": 3}),
    )
    dutch = _radio(
        _("How much Dutch do you know already?"),
        choices.DUTCH_LEVELS,
        _("Choose how much Dutch you know."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        message = HOURS_MESSAGE % {"min": orientation.MIN_HOURS, "max": orientation.MAX_HOURS}
        self.fields["hours"].error_messages.update(
            dict.fromkeys(("required", "invalid", "min_value", "max_value"), message)
        )

    def answers(self) -> orientation.Answers:
        data = self.cleaned_data
        return orientation.Answers(
            script=data["script"],
            schooling=data["schooling"],
            goal=data["goal"],
            time=data["time"],
            hours=data["hours"],
            dutch=data["dutch"],
        )

    @classmethod
    def was_sent(cls, query) -> bool:
        """A visit with any of the form's answers in the address counts as sending it."""
        return any(name in query for name in cls.base_fields)
