"""What an import line wants an offer to hold, what it holds now, and writing the one onto it.

Equal values mean "unchanged": the importer then writes nothing for that line. All three follow
the field map (fields.py); the organisation, the offer's parent page, is the importer's.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

from django.db.models import QuerySet

from aanbod.interchange.fields import (
    CODES,
    OFFER_FIELDS,
    PLACE,
    ROWS,
    TERMS,
    TEXT,
    FieldMap,
    parent_path,
    record_value,
    split_codes,
)
from aanbod.interchange.records import LANGUAGES, OfferRecord
from aanbod.models import OfferPage
from aanbod.selectors import PlaceIndex

Fields = tuple[FieldMap, ...]


def offer_values(record: OfferRecord, places: PlaceIndex, fields: Fields = OFFER_FIELDS) -> dict:
    """What the offer's fields and relations should hold, in the form _existing() reads."""
    values = {}
    for field in fields:
        if field.kind == PLACE:
            values[field.column] = field.to_model(
                record_value(record, parent_path(field.path)), places
            )
            continue
        value = record_value(record, field.path)
        if field.kind == TEXT:
            for language, column in zip(LANGUAGES, field.columns, strict=True):
                values[column] = (value.get(language) if value else None) or ""
        elif field.kind == TERMS:
            values[field.column] = frozenset(value)
        elif field.kind == ROWS:
            values[field.column] = tuple(sorted(field.to_model(item) for item in value))
        elif field.kind == CODES:
            values[field.column] = tuple(value)
        else:
            values[field.column] = field.to_model(value)
    values["organisation"] = record.organisation.name.casefold()
    return values


def _related_values(pks: list[int], fields: Fields) -> dict[str, defaultdict]:
    """Term keys and child rows per offer pk, one light query per relation."""
    related = {}
    for field in fields:
        if field.kind not in (TERMS, ROWS):
            continue
        found = related[field.column] = defaultdict(list)
        relation = OfferPage._meta.get_field(field.column)
        if field.kind == TERMS:
            rows = relation.remote_field.through.objects.filter(
                **{f"{relation.m2m_field_name()}_id__in": pks}
            )
            columns = (
                f"{relation.m2m_field_name()}_id",
                f"{relation.m2m_reverse_field_name()}__{field.key}",
            )
            for pk, value in rows.values_list(*columns):
                found[pk].append(value)
        else:
            owner = f"{relation.field.name}_id"
            rows = relation.related_model.objects.filter(**{f"{owner}__in": pks})
            for pk, *row in rows.values_list(owner, *field.row_fields):
                found[pk].append(tuple(row))
    return related


def offers_current_values(
    querysets: Iterable[QuerySet], fields: Fields = OFFER_FIELDS
) -> Iterator[tuple[dict, dict]]:
    """(row, values) per offer: the values in offer_values' form, without the organisation."""
    columns = [
        column for field in fields if field.kind not in (TERMS, ROWS) for column in field.columns
    ]
    identity = ("pk", "path", "source", "external_id")
    rows = [row for qs in querysets for row in qs.values(*identity, *columns)]
    related = _related_values([row["pk"] for row in rows], fields)
    for row in rows:
        pk = row["pk"]
        values = {}
        for field in fields:
            if field.kind == TEXT:
                values.update({column: row[column] or "" for column in field.columns})
            elif field.kind == TERMS:
                values[field.column] = frozenset(related[field.column][pk])
            elif field.kind == ROWS:
                values[field.column] = tuple(sorted(related[field.column][pk]))
            elif field.kind == CODES:
                values[field.column] = tuple(split_codes(row[field.column]))
            else:
                values[field.column] = row[field.column]
        yield row, values


def offer_apply(offer: OfferPage, wanted: dict, terms: dict, fields: Fields = OFFER_FIELDS):
    """Write `wanted` onto `offer`; `terms` holds the term objects per TERMS column."""
    for field in fields:
        if field.kind == TEXT:
            for column in field.columns:
                # Dutch also fills the untranslated column, which is never null.
                text = wanted[column] if column.endswith("_nl") else wanted[column] or None
                setattr(offer, column, text)
        elif field.kind == TERMS:
            getattr(offer, field.column).set(terms[field.column])
        elif field.kind == ROWS:
            child = OfferPage._meta.get_field(field.column).related_model
            rows = [dict(zip(field.row_fields, row, strict=True)) for row in wanted[field.column]]
            setattr(offer, field.column, [child(**row) for row in rows])
        elif field.kind == CODES:
            setattr(offer, field.column, ", ".join(wanted[field.column]))
        else:
            setattr(offer, field.column, wanted[field.column])
