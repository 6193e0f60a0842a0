"""Public forms of the buddy app: registration, profile, pause, decline, and asking for a link."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from buddy import choices
from buddy.services.candidates import place_for
from portal import selfservice_forms
from portal.forms import SpamProtectedForm

LANGUAGE_ROWS = 4
EMPTY = [("", _("Choose…"))]


class ProfileForm(forms.Form):
    """What a volunteer tells us about themselves; shared by registration and updates."""

    name = forms.CharField(
        label=_("Your name"),
        max_length=120,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Enter your name.")},
    )
    phone = forms.CharField(
        label=_("Phone number (optional)"),
        max_length=30,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )
    postcode = forms.CharField(
        label=_("Postcode"),
        max_length=4,
        help_text=_("Four digits, for example 9000. We only use it to find projects near you."),
        widget=forms.TextInput(attrs={"autocomplete": "postal-code", "inputmode": "numeric"}),
        error_messages={"required": _("Enter your postcode.")},
    )
    max_km = forms.TypedChoiceField(
        label=_("How far will you travel?"),
        choices=choices.RADIUS_CHOICES,
        coerce=int,
        initial=10,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose how far you will travel.")},
    )
    interests = forms.MultipleChoiceField(
        label=_("What do you like to do?"),
        choices=choices.Interest.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    availability = forms.MultipleChoiceField(
        label=_("When are you free?"),
        choices=choices.SLOTS,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one moment in the week when you are free.")},
    )
    buddy_kinds = forms.MultipleChoiceField(
        label=_("What kind of buddy do you want to be?"),
        choices=choices.BuddyKind.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one kind of buddy.")},
    )
    capacity = forms.TypedChoiceField(
        label=_("How many newcomers or projects at the same time?"),
        choices=[(1, "1"), (2, "2"), (3, "3")],
        coerce=int,
        initial=1,
    )
    motivation = forms.CharField(
        label=_("Why do you want to be a buddy? (optional)"),
        help_text=_(
            "A few sentences. Do not write about your health, religion or origin: "
            "we do not need it."
        ),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for row in range(1, LANGUAGE_ROWS + 1):
            self.fields[f"language_{row}"] = forms.ChoiceField(
                label=_("Language %(number)s") % {"number": row},
                choices=EMPTY + list(choices.LANGUAGES),
                required=False,
            )
            self.fields[f"level_{row}"] = forms.ChoiceField(
                label=_("Level of language %(number)s") % {"number": row},
                choices=EMPTY + list(choices.Level.choices),
                required=False,
            )

    def language_rows(self):
        return [
            (self[f"language_{row}"], self[f"level_{row}"]) for row in range(1, LANGUAGE_ROWS + 1)
        ]

    def availability_days(self):
        """The availability checkboxes grouped by weekday, for one fieldset per day."""
        boxes = list(self["availability"])
        return [(name, boxes[day * 3 : day * 3 + 3]) for day, name in choices.WEEKDAYS]

    def clean_postcode(self):
        postcode = self.cleaned_data["postcode"].strip()
        if not (postcode.isascii() and postcode.isdigit() and len(postcode) == 4):
            raise forms.ValidationError(_("A postcode has four digits, for example 9000."))
        if place_for(postcode) is None:
            raise forms.ValidationError(
                _("We do not know postcode %(postcode)s. Enter a postcode in Flanders or Brussels.")
                % {"postcode": postcode}
            )
        return postcode

    def clean(self):
        cleaned = super().clean()
        if "language_1" not in self.fields:  # a registration step without the languages
            return cleaned
        languages = {}
        for row in range(1, LANGUAGE_ROWS + 1):
            code, level = cleaned.get(f"language_{row}"), cleaned.get(f"level_{row}")
            if code and not level:
                self.add_error(f"level_{row}", _("Choose how well you speak this language."))
            elif level and not code:
                self.add_error(f"language_{row}", _("Choose the language for this level."))
            elif code and code in languages:
                self.add_error(f"language_{row}", _("You chose this language twice."))
            elif code:
                languages[code] = level
        if not languages and not self.has_error("language_1"):
            self.add_error("language_1", _("Choose at least one language you speak."))
        cleaned["languages"] = languages
        return cleaned

    @classmethod
    def initial_for(cls, candidate) -> dict:
        initial = {
            field: getattr(candidate, field)
            for field in [
                "name",
                "phone",
                "postcode",
                "max_km",
                "interests",
                "availability",
                "buddy_kinds",
                "capacity",
                "motivation",
            ]
        }
        for row, (code, level) in enumerate(candidate.languages.items(), start=1):
            if row > LANGUAGE_ROWS:
                break
            initial[f"language_{row}"] = code
            initial[f"level_{row}"] = level
        return initial


class RegistrationForm(SpamProtectedForm, ProfileForm):
    email = forms.EmailField(
        label=_("E-mail address"),
        help_text=_("We send you a link to confirm it."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Enter your e-mail address."),
            "invalid": _("Enter an e-mail address like name@example.be."),
        },
    )
    adult = forms.BooleanField(
        label=_("I am 18 years or older."),
        error_messages={"required": _("Buddies must be 18 or older. Tick the box if you are.")},
    )
    consent = forms.BooleanField(
        label=_(
            "I have read the privacy notice and agree that the agency uses my data to find a "
            "buddy project for me."
        ),
        error_messages={
            "required": _(
                "Tick the box to agree with the privacy notice. Without it we cannot register you."
            )
        },
    )

    field_order = ["name", "email", "phone"]


class PauseForm(selfservice_forms.PauseForm):
    pause_help = _("We send you no proposals until this date.")


class DeclineForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Why do you say no?"),
        choices=choices.DeclineReason.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose a reason.")},
    )
    note = forms.CharField(
        label=_("Anything else? (optional)"),
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


# The registration in short steps: (slug, title, fields). Each step is checked on its own.
REGISTRATION_STEPS = [
    ("about", _("About you"), ["name", "email", "phone"]),
    ("place", _("Where"), ["postcode", "max_km"]),
    (
        "languages",
        _("Languages you speak"),
        [f"{kind}_{row}" for row in range(1, LANGUAGE_ROWS + 1) for kind in ("language", "level")],
    ),
    ("time", _("What you like and when you are free"), ["interests", "availability"]),
    ("role", _("Your buddy role"), ["buddy_kinds", "capacity", "motivation", "adult", "consent"]),
]
SPAM_FIELDS = ["website", "form_started"]


def registration_step_form(step: int, *args, **kwargs) -> RegistrationForm:
    """The registration form with only the fields of one step (and the spam fields)."""
    form = RegistrationForm(*args, **kwargs)
    keep = set(REGISTRATION_STEPS[step][2]) | set(SPAM_FIELDS)
    last = step == len(REGISTRATION_STEPS) - 1
    if last:
        keep.add("proof_of_work")  # the step that sends the registration
    form.consume_timer_token = last  # one token for all steps, used up by the last one
    for name in list(form.fields):
        if name not in keep:
            del form.fields[name]
    return form
