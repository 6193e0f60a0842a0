"""Volunteers' forms: registration, the short crisis-wave registration, profile, links, pause."""

from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal import selfservice_forms
from portal.forms import SpamProtectedForm
from portal.i18n import WEEKDAYS
from portal.selfservice_forms import DATE_ERRORS, EMAIL_ERRORS
from portal.vocabulary import ISO_639_1
from taalhulp import choices as aid_choices
from taalhulp.pool import choices
from taalhulp.pool.services.volunteers import place_for

LANGUAGE_ROWS = 4
SLOT_ROWS = 5
DAYS_OFF_ROWS = 2
EMPTY = [("", _("Choose…"))]
# The languages of the decision aid, without "another language": each is an ISO 639-1 code.
LANGUAGES = [(code, name) for code, name in aid_choices.LANGUAGES if code in ISO_639_1]
LEVELS = choices.DUTCH_LEVELS
RADIUS = [
    (5, _("up to 5 km")),
    (10, _("up to 10 km")),
    (20, _("up to 20 km")),
    (40, _("up to 40 km")),
]
PER_WEEK = [(n, str(n)) for n in (1, 2, 3, 4, 5)]
TIME_ERRORS = {"invalid": _("Enter a time like 18:30.")}


def _time_field(label):
    return forms.TimeField(
        label=label,
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        error_messages=TIME_ERRORS,
    )


def _date_field(label):
    return forms.DateField(
        label=label,
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages=DATE_ERRORS,
    )


class ContactFields(forms.Form):
    """Name, phone and postcode: who the volunteer is and roughly where."""

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
        help_text=_(
            "Four digits, for example 9000. We only use it to find conversations near you."
        ),
        widget=forms.TextInput(attrs={"autocomplete": "postal-code", "inputmode": "numeric"}),
        error_messages={"required": _("Enter your postcode.")},
    )
    dutch_level = forms.ChoiceField(
        label=_("How well do you speak Dutch?"),
        choices=EMPTY + list(LEVELS),
        help_text=_("A1 is a beginner, C2 is almost like a native speaker."),
        error_messages={"required": _("Choose how well you speak Dutch.")},
    )

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


class ProfileForm(ContactFields):
    """Everything a volunteer can change: shared by the registration and their own page."""

    modes = forms.MultipleChoiceField(
        label=_("How can you help?"),
        choices=choices.Mode.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one way to help.")},
    )
    max_km = forms.TypedChoiceField(
        label=_("On site: how far will you travel?"),
        choices=RADIUS,
        coerce=int,
        initial=10,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose how far you will travel.")},
    )
    max_per_week = forms.TypedChoiceField(
        label=_("How many conversations per week at most?"),
        choices=PER_WEEK,
        coerce=int,
        initial=2,
        error_messages={"required": _("Choose how many conversations per week.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for row in range(1, LANGUAGE_ROWS + 1):
            self.fields[f"language_{row}"] = forms.ChoiceField(
                label=_("Language %(number)s") % {"number": row},
                choices=EMPTY + LANGUAGES,
                required=False,
            )
            self.fields[f"level_{row}"] = forms.ChoiceField(
                label=_("Your level in language %(number)s") % {"number": row},
                choices=EMPTY + list(LEVELS),
                required=False,
            )
        for row in range(1, SLOT_ROWS + 1):
            self.fields[f"day_{row}"] = forms.TypedChoiceField(
                label=_("Day %(number)s") % {"number": row},
                choices=EMPTY + list(WEEKDAYS),
                coerce=int,
                required=False,
            )
            self.fields[f"from_{row}"] = _time_field(_("From (day %(number)s)") % {"number": row})
            self.fields[f"until_{row}"] = _time_field(_("Until (day %(number)s)") % {"number": row})
        for row in range(1, DAYS_OFF_ROWS + 1):
            self.fields[f"off_first_{row}"] = _date_field(
                _("Not free from (period %(number)s)") % {"number": row}
            )
            self.fields[f"off_last_{row}"] = _date_field(
                _("Not free until and including (period %(number)s)") % {"number": row}
            )

    def language_rows(self):
        return [(self[f"language_{r}"], self[f"level_{r}"]) for r in range(1, LANGUAGE_ROWS + 1)]

    def slot_rows(self):
        return [
            (r, self[f"day_{r}"], self[f"from_{r}"], self[f"until_{r}"])
            for r in range(1, SLOT_ROWS + 1)
        ]

    def days_off_rows(self):
        return [
            (r, self[f"off_first_{r}"], self[f"off_last_{r}"]) for r in range(1, DAYS_OFF_ROWS + 1)
        ]

    def clean(self):
        cleaned = super().clean()
        cleaned["languages"] = self._clean_languages(cleaned)
        cleaned["slots"] = self._clean_slots(cleaned)
        cleaned["days_off"] = self._clean_days_off(cleaned)
        return cleaned

    def _clean_languages(self, cleaned) -> list[dict]:
        languages, seen = [], set()
        for row in range(1, LANGUAGE_ROWS + 1):
            code, level = cleaned.get(f"language_{row}"), cleaned.get(f"level_{row}")
            if code and not level:
                self.add_error(f"level_{row}", _("Choose how well you speak this language."))
            elif level and not code:
                self.add_error(f"language_{row}", _("Choose the language for this level."))
            elif code and (code in seen or code == "nl"):
                self.add_error(f"language_{row}", _("You chose this language twice."))
            elif code and code not in ISO_639_1:
                self.add_error(f"language_{row}", _("Choose a language from the list."))
            elif code:
                seen.add(code)
                languages.append({"code": code, "level": level})
        if not languages and not self.has_error("language_1"):
            self.add_error("language_1", _("Choose at least one language you speak besides Dutch."))
        return languages

    def _clean_slots(self, cleaned) -> list[tuple]:
        slots = []
        for row in range(1, SLOT_ROWS + 1):
            day, starts, ends = (cleaned.get(f"{n}_{row}") for n in ("day", "from", "until"))
            if day in (None, "") and not starts and not ends:
                continue
            if day in (None, ""):
                self.add_error(f"day_{row}", _("Choose the day for these times."))
            elif not starts:
                self.add_error(f"from_{row}", _("Enter the time you are free from."))
            elif not ends:
                self.add_error(f"until_{row}", _("Enter the time you are free until."))
            elif ends <= starts:
                self.add_error(f"until_{row}", _("The end time must be later than the start."))
            else:
                slots.append((day, starts, ends))
        row_errors = any(
            self.has_error(f"{name}_{r}")
            for r in range(1, SLOT_ROWS + 1)
            for name in ("day", "from", "until")
        )
        if not slots and not row_errors:
            self.add_error("day_1", _("Enter at least one day and time when you are free."))
        return slots

    def _clean_days_off(self, cleaned) -> list[tuple]:
        periods = []
        for row in range(1, DAYS_OFF_ROWS + 1):
            first, last = cleaned.get(f"off_first_{row}"), cleaned.get(f"off_last_{row}")
            if not first and not last:
                continue
            if not first:
                self.add_error(f"off_first_{row}", _("Enter the first day you are not free."))
            elif not last:
                self.add_error(f"off_last_{row}", _("Enter the last day you are not free."))
            elif last < first:
                self.add_error(f"off_last_{row}", _("The last day cannot be before the first."))
            else:
                periods.append((first, last))
        return periods

    @classmethod
    def initial_for(cls, volunteer) -> dict:
        initial = {
            name: getattr(volunteer, name)
            for name in ("name", "phone", "postcode", "dutch_level", "max_km", "max_per_week")
        }
        initial["modes"] = list(volunteer.modes)
        for row, entry in enumerate(volunteer.languages[:LANGUAGE_ROWS], start=1):
            initial[f"language_{row}"] = entry.get("code")
            initial[f"level_{row}"] = entry.get("level")
        for row, slot in enumerate(list(volunteer.slots.all())[:SLOT_ROWS], start=1):
            initial[f"day_{row}"] = slot.weekday
            initial[f"from_{row}"] = slot.starts
            initial[f"until_{row}"] = slot.ends
        days_off = volunteer.unavailabilities.filter(last_day__gte=timezone.localdate())
        for row, period in enumerate(list(days_off)[:DAYS_OFF_ROWS], start=1):
            initial[f"off_first_{row}"] = period.first_day
            initial[f"off_last_{row}"] = period.last_day
        return initial


class ConsentFields(forms.Form):
    email = forms.EmailField(
        label=_("E-mail address"),
        help_text=_("We send you a link to confirm it."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages=EMAIL_ERRORS,
    )
    adult = forms.BooleanField(
        label=_("I am 18 years or older."),
        error_messages={"required": _("Volunteers must be 18 or older. Tick the box if you are.")},
    )
    consent = forms.BooleanField(
        label=_(
            "I have read the privacy notice and agree that the agency uses my data to ask me "
            "for conversations."
        ),
        error_messages={
            "required": _(
                "Tick the box to agree with the privacy notice. Without it we cannot register you."
            )
        },
    )


class RegistrationForm(SpamProtectedForm, ConsentFields, ProfileForm):
    kind = forms.ChoiceField(
        label=_("What do you want to be?"),
        choices=choices.Kind.choices,
        widget=forms.RadioSelect,
        initial=choices.Kind.TAALHULP,
        error_messages={"required": _("Choose language helper or crisis interpreter.")},
    )

    field_order = ["name", "email", "phone", "kind"]


class WaveRegistrationForm(SpamProtectedForm, ConsentFields, ContactFields):
    """The short registration of a crisis wave: the language is the wave's, the work remote."""

    level = forms.ChoiceField(
        label=_("How well do you speak the language?"),
        choices=EMPTY + list(LEVELS),
        error_messages={"required": _("Choose how well you speak the language.")},
    )
    modes = forms.MultipleChoiceField(
        label=_("How can you help?"),
        choices=[
            (choices.Mode.REMOTE, choices.Mode.REMOTE.label),
            (choices.Mode.PHONE, choices.Mode.PHONE.label),
        ],
        widget=forms.CheckboxSelectMultiple,
        initial=[choices.Mode.REMOTE, choices.Mode.PHONE],
        error_messages={"required": _("Choose at least one way to help.")},
    )

    field_order = ["name", "email", "phone", "postcode", "level", "dutch_level", "modes"]


class PauseForm(selfservice_forms.PauseForm):
    pause_help = _("We ask you nothing until this date.")
