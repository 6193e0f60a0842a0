"""The decision aid's question form: sent by GET, stored nowhere, no personal data."""

from django import forms
from django.utils.translation import gettext_lazy as _

from taalhulp import choices, decision


def _radio(label, options, missing):
    return forms.ChoiceField(
        label=label,
        choices=options,
        widget=forms.RadioSelect,
        error_messages={"required": missing, "invalid_choice": missing},
    )


class DecisionForm(forms.Form):
    kind = _radio(
        _("What is the conversation about?"),
        choices.KINDS,
        _("Choose what the conversation is about."),
    )
    stakes = _radio(
        _("How much is at stake for the person?"),
        choices.STAKES,
        _("Choose how much is at stake."),
    )
    timing = _radio(
        _("Can the conversation wait?"),
        choices.TIMINGS,
        _("Choose whether the conversation can wait."),
    )
    mode = _radio(
        _("Where does the conversation take place?"),
        choices.MODES,
        _("Choose face to face or at a distance."),
    )
    dutch = _radio(
        _("How much Dutch does the person understand?"),
        choices.DUTCH_LEVELS,
        _("Choose how much Dutch the person understands."),
    )
    language = forms.ChoiceField(
        label=_("Which language does the person speak?"),
        choices=[("", _("Choose a language")), *choices.LANGUAGES],
        error_messages={
            "required": _("Choose a language from the list, or choose: another language."),
            "invalid_choice": _("Choose a language from the list, or choose: another language."),
        },
    )

    def answers(self) -> decision.Answers:
        data = self.cleaned_data
        return decision.Answers(
            kind=data["kind"],
            stakes=data["stakes"],
            timing=data["timing"],
            mode=data["mode"],
            dutch=data["dutch"],
            language=data["language"],
        )

    @classmethod
    def was_sent(cls, query) -> bool:
        """A visit with any of the form's answers in the address counts as sending it."""
        return any(name in query for name in cls.base_fields)
