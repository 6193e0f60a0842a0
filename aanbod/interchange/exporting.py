"""An offer as one object of the interchange format (docs/offer-format.md), for export and API."""

from __future__ import annotations

import json

from aanbod.interchange.fields import (
    ADMIN_SOURCE,
    CODES,
    NULL_UNLESS,
    OFFER_FIELDS,
    PLACE,
    ROWS,
    TERMS,
    TEXT,
    FieldMap,
    put,
    split_codes,
)
from aanbod.interchange.records import LANGUAGES
from aanbod.selectors import offers_for_export


def _exported(offer, field: FieldMap):
    if field.kind == TEXT:
        texts = (getattr(offer, column, None) for column in field.columns)
        return {language: text for language, text in zip(LANGUAGES, texts, strict=True) if text}
    if field.kind == TERMS:
        return field.from_model(
            [getattr(term, field.key) for term in getattr(offer, field.column).all()]
        )
    if field.kind == ROWS:
        rows = getattr(offer, field.column).all()
        return [
            field.from_model(tuple(getattr(row, name) for name in field.row_fields)) for row in rows
        ]
    if field.kind == CODES:
        return split_codes(getattr(offer, field.column))
    if field.kind == PLACE:
        return field.from_model(getattr(offer, field.column.removesuffix("_id")))
    return field.from_model(getattr(offer, field.column))


def offer_to_interchange(offer, fields: tuple[FieldMap, ...] = OFFER_FIELDS) -> dict:
    """The offer in the exchange format; reading it back with the importer changes nothing."""
    organisation = offer.organisation
    exported = {
        "external_id": offer.external_id or str(offer.pk),
        "source": offer.source if offer.external_id else ADMIN_SOURCE,
        "organisation": {
            "name": organisation.title_nl if organisation else "",
            "kind": organisation.kind if organisation else "organisation",
        },
    }
    for field in fields:
        put(exported, field.path, _exported(offer, field))
    for name, columns in NULL_UNLESS.items():
        if name in exported and not any(getattr(offer, column) for column in columns):
            exported[name] = None
    return exported


# --- Bulk export (manage.py export_offers) ---------------------------------------------------


def offers_export(
    stream, *, modified_since=None, include_expired: bool = False, progress=None
) -> int:
    """Write the offers as JSON Lines to the text `stream`, 500 at a time; returns the count.

    `progress(done, total)` is called every 1000 offers and at the end."""
    offers = offers_for_export(modified_since=modified_since, include_expired=include_expired)
    total = offers.count()
    done = 0
    for offer in offers.iterator(chunk_size=500):
        stream.write(json.dumps(offer_to_interchange(offer), ensure_ascii=False) + "\n")
        done += 1
        if progress is not None and done % 1000 == 0:
            progress(done, total)
    if progress is not None:
        progress(done, total)
    return done
