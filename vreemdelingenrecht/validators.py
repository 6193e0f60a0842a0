"""Django validators around the pure citations module, with errors in the visitor's language."""

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from vreemdelingenrecht.citations import CitationError, parse_ecli

ECLI_MESSAGES = {
    "empty": _("Enter an ECLI."),
    "parts": _("An ECLI has five parts separated by colons, like ECLI:BE:RVV:2023:ARR.290123."),
    "country": _("The country code %(value)s is not valid. Use for example BE, EU or CE."),
    "court": _("The court code %(value)s is not valid: use 1 to 7 letters or digits."),
    "year": _("The year %(value)s is not valid: use four digits, like 2023."),
    "future_year": _("The year %(value)s is in the future."),
    "ordinal": _("The last part %(value)s is not valid: use up to 25 letters, digits or dots."),
}


def ecli_error_message(error: CitationError) -> str:
    return str(ECLI_MESSAGES[error.code]) % {"value": error.value}


def clean_ecli(value: str) -> str:
    """The canonical ECLI, or a ValidationError that says which part is wrong."""
    try:
        return str(parse_ecli(value, max_year=timezone.localdate().year))
    except CitationError as error:
        raise ValidationError(ecli_error_message(error), code=f"ecli_{error.code}") from error
