"""Reads of the public register: what a search finds and which details it may show."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Q

from portal.json_fields import holds
from taalhulp.register.models import Interpreter


@dataclass(frozen=True)
class PublicEntry:
    """One entry as the public sees it: contact details only when marked public."""

    certificate_number: str
    name: str
    kind: str
    languages: list[str]
    areas: list[str]
    remote: bool
    on_site: bool
    valid_until: dt.date
    email: str
    phone: str
    website: str


def search(*, language="", area="", mode="", day: dt.date | None = None):
    """The listed entries (valid, not hidden) that match; ordered by certificate number."""
    entries = Interpreter.objects.listed(day)
    if language:
        entries = entries.speaking(language)
    if mode == "remote":
        entries = entries.filter(remote=True)
    elif mode == "on_site":
        entries = entries.filter(on_site=True)
    if area and mode != "remote":
        # An area only matters for work on site: without a mode, remote interpreters match too.
        in_area = Q(on_site=True) & holds("areas", area)
        entries = entries.filter(in_area if mode == "on_site" else in_area | Q(remote=True))
    return entries.order_by("certificate_number")


def public_entry(entry: Interpreter) -> PublicEntry:
    return PublicEntry(
        certificate_number=entry.certificate_number,
        name=entry.public_value("name"),
        kind=entry.get_kind_display(),
        languages=entry.language_labels(),
        areas=entry.area_labels(),
        remote=entry.remote,
        on_site=entry.on_site,
        valid_until=entry.valid_until,
        email=entry.public_value("email"),
        phone=entry.public_value("phone"),
        website=entry.public_value("website"),
    )
