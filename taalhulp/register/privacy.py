"""An interpreter's contact details on the data page: see them, download them, erase them."""

# The register is the agency's official record: erasing an address removes the contact details
# (e-mail, phone, website) and keeps the certificate, which the agency alone may withdraw.

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from portal.privacy import holders
from taalhulp.register.models import Interpreter

CONTACT_FIELDS = ("email", "phone", "website")


def _entries(email: str):
    return Interpreter.objects.filter(email__iexact=email)


def _export(email: str) -> list:
    return [
        {
            "certificate_number": entry.certificate_number,
            "name": entry.name,
            "languages": list(entry.languages),
            "kind": entry.kind,
            "areas": list(entry.areas),
            "remote": entry.remote,
            "on_site": entry.on_site,
            "email": entry.email,
            "phone": entry.phone,
            "website": entry.website,
            "valid_from": holders.iso(entry.valid_from),
            "valid_until": holders.iso(entry.valid_until),
            "shown_to_the_public": list(entry.public_fields),
            "hidden": entry.hidden,
        }
        for entry in _entries(email).order_by("pk")
    ]


def erase_contact(email: str) -> int:
    """Clear the contact details of the address's entries; returns how many entries."""
    count = 0
    for entry in _entries(email):
        for name in CONTACT_FIELDS:
            setattr(entry, name, "")
        entry.public_fields = [name for name in entry.public_fields if name not in CONTACT_FIELDS]
        entry.save(update_fields=[*CONTACT_FIELDS, "public_fields", "updated_at"])
        count += 1
    return count


def _addresses():
    return Interpreter.objects.exclude(email="").values_list("email", flat=True)


def register() -> None:
    holders.register(
        holders.Holder(
            kind="interpreter_register",
            label=_("My contact details in the interpreter register"),
            position=40,
            records=_entries,
            export=_export,
            erase=erase_contact,
            addresses=_addresses,
        )
    )
