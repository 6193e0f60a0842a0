"""Forms of local services: a request for language help, feedback, and the coordinator's service
form. Every error names the field and says how to fix it."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from taalhulp import choices as aid_choices
from taalhulp import decision
from taalhulp.pool import choices, screening
from taalhulp.pool.models import LocalService
from taalhulp.pool.services import requests as request_services

LANGUAGES = [(code, label) for code, label in aid_choices.LANGUAGES if code != "other"]
DURATIONS = [(minutes, f"{minutes} min") for minutes in (30, 45, 60, 90, 120, 180)]
SCORES = [(score, str(score)) for score in range(1, 6)]


def _required_messages(form: forms.Form) -> None:
    """Replace Django's messages ("This field is required.") by ones that name the field."""
    for field in form.fields.values():
        names = {"field": field.label}
        messages = field.error_messages
        if isinstance(field.widget, forms.RadioSelect | forms.Select):
            messages["required"] = _("Choose an answer for “%(field)s”.") % names
        else:
            messages["required"] = _("Fill in “%(field)s”.") % names
        messages["invalid_choice"] = _("Choose one of the answers for “%(field)s”.") % names
        if isinstance(field, forms.DateField):
            messages["invalid"] = (
                _("“%(field)s”: type a date as year-month-day, for example 2027-03-31.") % names
            )
        elif isinstance(field, forms.TimeField):
            messages["invalid"] = (
                _("“%(field)s”: type a time as hours:minutes, for example 09:30.") % names
            )
        else:
            messages["invalid"] = _("“%(field)s” is not valid. Check what you typed.") % names
        messages["invalid_list"] = messages["invalid_choice"]


def screening_errors(label, text: str) -> list[str]:
    """Translated errors for special-category data in a free text field."""
    errors = []
    for finding in screening.screen(text):
        if finding.kind == screening.NATIONAL_NUMBER:
            errors.append(
                _(
                    "“%(field)s” contains a national register number (%(found)s). Remove it: "
                    "we never need a client's number."
                )
                % {"field": label, "found": finding.found}
            )
        else:
            errors.append(
                _(
                    "“%(field)s” contains “%(found)s”: that says something about health, "
                    "religion, origin or sexual life. Remove it and describe only the practical "
                    "subject of the conversation."
                )
                % {"field": label, "found": finding.found}
            )
    return errors


class RequestForm(forms.Form):
    """A new request. The decision aid's questions decide whether a volunteer may help."""

    service = forms.ModelChoiceField(
        queryset=LocalService.objects.none(), label=gettext_lazy("For which service")
    )
    language = forms.ChoiceField(label=gettext_lazy("Language"), choices=LANGUAGES)
    kind = forms.ChoiceField(
        label=gettext_lazy("Who may help"),
        choices=choices.RequestKind.choices,
        initial=choices.RequestKind.ANY,
        widget=forms.RadioSelect,
    )
    mode = forms.ChoiceField(
        label=gettext_lazy("How"), choices=choices.Mode.choices, widget=forms.RadioSelect
    )
    postcode = forms.CharField(
        label=gettext_lazy("Postcode of the place"),
        max_length=4,
        required=False,
        help_text=gettext_lazy("Only for a conversation on site. Four digits, for example 9000."),
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "postal-code"}),
    )
    date = forms.DateField(
        label=gettext_lazy("Date"), widget=forms.DateInput(attrs={"type": "date"})
    )
    start = forms.TimeField(
        label=gettext_lazy("Start time"), widget=forms.TimeInput(attrs={"type": "time"})
    )
    minutes = forms.TypedChoiceField(
        label=gettext_lazy("Duration"), choices=DURATIONS, coerce=int, initial=60
    )
    conversation_kind = forms.ChoiceField(
        label=gettext_lazy("Kind of conversation"),
        choices=aid_choices.KINDS,
        widget=forms.RadioSelect,
    )
    stakes = forms.ChoiceField(
        label=gettext_lazy("What is at stake"),
        choices=aid_choices.STAKES,
        widget=forms.RadioSelect,
    )
    timing = forms.ChoiceField(
        label=gettext_lazy("Can it wait"), choices=aid_choices.TIMINGS, widget=forms.RadioSelect
    )
    dutch = forms.ChoiceField(
        label=gettext_lazy("How much Dutch does the person understand"),
        choices=aid_choices.DUTCH_LEVELS,
        widget=forms.RadioSelect,
    )
    description = forms.CharField(
        label=gettext_lazy("Short description"),
        max_length=300,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 300}),
        help_text=gettext_lazy(
            "At most 300 characters, about the subject only. Do not write the client's name, "
            "national register number, health, religion or origin."
        ),
    )

    def __init__(self, *args, services=None, **kwargs):
        super().__init__(*args, **kwargs)
        services = services if services is not None else LocalService.objects.none()
        self.fields["service"].queryset = services
        if services.count() == 1:
            self.single_service = services.first()
            del self.fields["service"]
        else:
            self.single_service = None
        _required_messages(self)
        self.fields["description"].error_messages["max_length"] = _(
            "“%(field)s” is too long. Shorten it to 300 characters at most."
        ) % {"field": self.fields["description"].label}

    def clean_postcode(self):
        return self.cleaned_data["postcode"].strip()

    def clean_description(self):
        text = self.cleaned_data["description"].strip()
        errors = screening_errors(self.fields["description"].label, text)
        if errors:
            raise forms.ValidationError(errors)
        return text

    def clean(self):
        data = super().clean()
        if data.get("mode") == choices.Mode.ONSITE and "postcode" in data:
            code = data["postcode"]
            if not code:
                self.add_error(
                    "postcode",
                    _("Fill in “%(field)s”: a conversation on site needs the place.")
                    % {"field": self.fields["postcode"].label},
                )
            elif not (code.isdigit() and len(code) == 4) or not request_services.postcode_place(
                code
            ):
                self.add_error(
                    "postcode",
                    _("“%(field)s”: we do not know postcode %(code)s. Type four digits, like 9000.")
                    % {"field": self.fields["postcode"].label, "code": code},
                )
        if data.get("date") and data.get("start"):
            starts_at = timezone.make_aware(dt.datetime.combine(data["date"], data["start"]))
            if starts_at <= timezone.now():
                self.add_error(
                    "date",
                    _("“%(field)s”: choose a date and start time in the future.")
                    % {"field": self.fields["date"].label},
                )
            data["starts_at"] = starts_at
        return data

    @property
    def chosen_service(self) -> LocalService:
        return self.single_service or self.cleaned_data["service"]

    def answers(self) -> decision.Answers:
        data = self.cleaned_data
        return decision.Answers(
            kind=data["conversation_kind"],
            stakes=data["stakes"],
            timing=data["timing"],
            mode=decision.ON_SITE if data["mode"] == choices.Mode.ONSITE else decision.REMOTE,
            dutch=data["dutch"],
            language=data["language"],
        )


class FeedbackForm(forms.Form):
    """How the conversation went."""

    score = forms.TypedChoiceField(
        label=gettext_lazy("How did it go (1 is bad, 5 is very good)"),
        choices=SCORES,
        coerce=int,
        widget=forms.RadioSelect,
    )
    text = forms.CharField(
        label=gettext_lazy("Anything to tell us"),
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 500}),
        help_text=gettext_lazy("At most 500 characters. No client details."),
    )
    difficult = forms.BooleanField(
        label=gettext_lazy("The conversation was difficult for the volunteer"),
        required=False,
        help_text=gettext_lazy("Then the coordinator offers the volunteer a coaching talk."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _required_messages(self)
        self.fields["text"].error_messages["max_length"] = _(
            "“%(field)s” is too long. Shorten it to 500 characters at most."
        ) % {"field": self.fields["text"].label}

    def clean_text(self):
        text = self.cleaned_data["text"].strip()
        errors = screening_errors(self.fields["text"].label, text)
        if errors:
            raise forms.ValidationError(errors)
        return text


class ServiceForm(forms.ModelForm):
    """A local service and the people who ask for language help for it (its members' group)."""

    users = forms.ModelMultipleChoiceField(
        label=gettext_lazy("People who ask for this service"),
        queryset=get_user_model().objects.filter(is_active=True).order_by("username"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=gettext_lazy("They see and manage this service's requests only."),
    )

    class Meta:
        model = LocalService
        fields = ["name", "kind", "municipality", "contact_email"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and self.instance.members_id:
            self.fields["users"].initial = list(
                self.instance.members.user_set.values_list("pk", flat=True)
            )
        _required_messages(self)

    def save(self, commit=True):
        service = super().save(commit=True)
        service.members.user_set.set(self.cleaned_data["users"])
        return service
