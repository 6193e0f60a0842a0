"""Import partner offers (JSON Lines, docs/offer-format.md): validate, upsert and publish them."""

# Decisions:
# - (source, external_id) identifies an offer. A line whose values equal what the offer holds is
#   "unchanged" and writes nothing (no save, no revision). Compared are the model values that
#   offer_to_interchange() exports (texts per language, place, schedule rows, term slugs, parent
#   organisation), so importing an export changes nothing; derived fields and editorial state
#   (live, last_checked) are not. An admin-made offer (no external_id) is exported with source
#   "wegwijs" and its page id, and found again by that id.
# - New offers of a batch are created and published in bulk (bulk_publishing.py), with the
#   rows Wagtail would write: page, revision, log entries. Changed offers are saved and
#   published one by one, as in the admin (publishing.save_published). Search and
#   reference indexing wait for the end of each batch, then run in bulk. BATCH_SIZE lines share
#   a few lookup queries and one transaction; organisations, terms and places are cached.
# - Memory stays bounded: lines are streamed (lines_from_stream skips an over-long line unread),
#   one batch is alive at a time, and the report keeps at most MAX_KEPT_REJECTIONS.
# - Organisations are matched by Dutch title, ignoring case, under the one OfferIndexPage. A new
#   one gets the line's kind; an existing one keeps its own (its editors own the page). An offer
#   whose line names another organisation moves there. Unknown theme and target-group slugs
#   become terms named after the slug.
# - _model_rules adds what the model enforces beyond the format: e-mail and URLs must pass
#   Django's validators.
# - A dry run validates and classifies every line but writes nothing; it sees a repeated
#   (source, external_id) only within one batch.

from __future__ import annotations

import contextlib
import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.core.validators import URLValidator, validate_email
from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F, Q
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext
from django.utils.translation import gettext as _
from wagtail.models import Page

from aanbod.interchange.bulk_publishing import NewOffer, offer_prepare_new, offers_create_published
from aanbod.interchange.checks import FieldError, error, excerpt
from aanbod.interchange.fields import ADMIN_SOURCE, OFFER_FIELDS, TERMS, model_errors
from aanbod.interchange.format import DUTCH_LEVELS, MAX_LINE_BYTES, parse_line
from aanbod.interchange.messages import render_message
from aanbod.interchange.publishing import (
    RELATION_FIELDS,
    index_bulk,
    indexing_deferred,
    save_published,
)
from aanbod.interchange.records import OfferRecord
from aanbod.interchange.values import offer_apply, offer_values, offers_current_values
from aanbod.models import (
    DutchLevel,
    OfferIndexPage,
    OfferPage,
    OrganisationPage,
)
from aanbod.selectors import PlaceIndex
from portal.importing import PROGRESS_EVERY, ImportCannotRun, ImportReport, OversizedLine, Rejection
from portal.models import HomePage

BATCH_SIZE = 500
URL_VALIDATOR = URLValidator()
MODEL_ERRORS = model_errors()  # model field -> (interchange path, code)


class OfferImportError(ImportCannotRun):
    """The import cannot start (e.g. there is no page to put the offers under)."""


def offers_import(
    lines: Iterable[str | bytes | OversizedLine],
    *,
    dry_run: bool,
    progress: Callable[[ImportReport], None] | None = None,
    on_rejection: Callable[[Rejection], None] | None = None,
) -> ImportReport:
    """Validate every line; unless `dry_run`, create or update the valid ones and publish them.

    `progress(report)` is called every PROGRESS_EVERY lines and at the end."""
    report = ImportReport(dry_run=dry_run)
    places = PlaceIndex()
    importer = _Importer(report, places, dry_run=dry_run, on_rejection=on_rejection)
    batch: list[tuple[int, OfferRecord]] = []
    for number, line in enumerate(lines, start=1):
        report.lines = number
        if isinstance(line, OversizedLine):
            record = None
            errors = [error("", "line_too_long", max=MAX_LINE_BYTES, size=line.size)]
        else:
            record, errors = parse_line(line, number, resolve_postcode=places.point)
            errors = errors or (_model_rules(record) if record else [])
        if errors:
            report.reject(number, _problems(errors), on_rejection)
        elif record is not None:
            batch.append((number, record))
        if len(batch) >= BATCH_SIZE:
            importer.run(batch)
            batch = []
        if progress is not None and number % PROGRESS_EVERY == 0:
            progress(report)
    importer.run(batch)
    if progress is not None:
        progress(report)
    return report


def _model_rules(record: OfferRecord) -> list[FieldError]:
    errors = []
    checks = [
        ("contact.email", record.contact.email, validate_email, "invalid_email"),
        ("contact.url", record.contact.url, URL_VALIDATOR, "invalid_url"),
        ("registration.url", record.registration.url, URL_VALIDATOR, "invalid_url"),
    ]
    for path, value, validate, code in checks:
        if value is None:
            continue
        try:
            validate(value)
        except ValidationError:
            errors.append(error(path, code, value=excerpt(value)))
    return errors


def _offer_slug(record: OfferRecord) -> str:
    key = f"{record.source}\x00{record.external_id}".encode()
    suffix = hashlib.sha256(key).hexdigest()[:10]
    return f"{slugify(record.title.nl)[:80].strip('-') or 'aanbod'}-{suffix}"


def _unique_slug(base: str, taken: set[str]) -> str:
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    return slug


class _Importer:
    """Writes batches of valid records; holds the caches of one import run."""

    def __init__(self, report: ImportReport, places: PlaceIndex, *, dry_run: bool, on_rejection):
        self.report, self.places, self.dry_run = report, places, dry_run
        self.on_rejection = on_rejection
        self.index = OfferIndexPage.objects.first()
        if self.index is None and not dry_run and self._home() is None:
            raise OfferImportError(
                _("There is no home page to put the offers under. Create the site first.")
            )
        self.organisations: dict[str, OrganisationPage] = {}
        if self.index is not None:
            for page in OrganisationPage.objects.child_of(self.index).order_by("path"):
                self.organisations.setdefault((page.title_nl or page.title).casefold(), page)
        self.org_by_path = {page.path: key for key, page in self.organisations.items()}
        self.terms = {  # TERMS column -> key -> term
            field.column: {
                getattr(term, field.key): term
                for term in OfferPage._meta.get_field(field.column).related_model.objects.all()
            }
            for field in OFFER_FIELDS
            if field.kind == TERMS
        }
        self.last_paths: dict[int, str] = {}  # organisation pk -> path of its last child

    @staticmethod
    def _home():
        return HomePage.objects.first()

    def run(self, batch: list[tuple[int, OfferRecord]]) -> None:
        if not batch:
            return
        known = self._existing(batch)
        report = self.report
        written: list[int] = []
        self.bulk_created: set[int] = set()  # their reference index is done from memory
        new: dict[tuple[str, str], tuple[int, OfferRecord, dict, NewOffer]] = {}
        deferred = contextlib.nullcontext() if self.dry_run else indexing_deferred()
        with deferred, contextlib.nullcontext() if self.dry_run else transaction.atomic():
            for number, record in batch:
                key = (record.source, record.external_id)
                if key in new:  # the same offer twice in a batch: create the first one now
                    written += self._create_new(new, known)
                wanted = offer_values(record, self.places)
                pk, current = known.get(key, (None, None))
                if current == wanted:
                    report.unchanged += 1
                    continue
                if not self.dry_run:
                    try:
                        with translation.override("nl"):
                            if pk is None:
                                new[key] = (number, record, wanted, self._prepare(record, wanted))
                            else:
                                written.append(self._write(pk, record, wanted))
                    except (ValidationError, IntegrityError) as exc:
                        report.reject(number, _save_errors(exc), self.on_rejection)
                        continue
                known[key] = (pk, wanted)
                if current is None:
                    report.created += 1
                else:
                    report.updated += 1
            written += self._create_new(new, known)
        index_bulk(written, references_done=self.bulk_created)

    def _prepare(self, record: OfferRecord, wanted: dict) -> NewOffer:
        """A new offer built in memory, for offers_create_published."""
        organisation = self._organisation(record)
        terms = self._terms(wanted)
        offer = OfferPage(
            source=record.source, external_id=record.external_id, slug=_offer_slug(record)
        )
        offer_apply(offer, wanted, terms)
        offer_prepare_new(offer, organisation, self._next_path(organisation))
        self.last_paths[organisation.pk] = offer.path
        offer.clean_fields(exclude=RELATION_FIELDS)
        return NewOffer(offer, organisation)

    def _create_new(self, new: dict, known: dict) -> list[int]:
        """Create the batch's new offers in bulk; if the database refuses, one by one."""
        if not new:
            return []
        try:
            with transaction.atomic(), translation.override("nl"):
                pks = offers_create_published([item for *_rest, item in new.values()])
        except DatabaseError:
            self.last_paths.clear()  # the paths handed out were rolled back
            pks = []
            for key, (number, record, wanted, _item) in new.items():
                try:
                    with translation.override("nl"):
                        pks.append(self._write(None, record, wanted))
                except (ValidationError, DatabaseError) as exc:  # this line is the refused one
                    self.report.created -= 1
                    self.report.reject(number, _save_errors(exc), self.on_rejection)
                    known.pop(key, None)
                    continue
                known[key] = (pks[-1], wanted)
        else:
            for key, (_number, _record, wanted, item) in new.items():
                known[key] = (item.offer.pk, wanted)
            self.bulk_created.update(pks)
        new.clear()
        return pks

    def _existing(self, batch) -> dict[tuple[str, str], tuple[int, dict]]:
        """(source, external_id) -> (pk, current values) for the offers the batch names."""
        ids_by_source = defaultdict(set)
        for _number, record in batch:
            ids_by_source[record.source].add(record.external_id)
        query = Q()
        for source, ids in ids_by_source.items():
            query |= Q(source=source, external_id__in=ids)
        # external_id != "" is the partial unique index's condition, so PostgreSQL can use it.
        querysets = [OfferPage.objects.filter(query).exclude(external_id="")]
        ids = ids_by_source.get(ADMIN_SOURCE, ())
        pks = [int(i) for i in ids if i.isascii() and i.isdigit() and len(i) < 19]
        if pks:
            querysets.append(OfferPage.objects.filter(pk__in=pks, external_id=""))
        found = {}
        for row, values in offers_current_values(querysets):
            values["organisation"] = self.org_by_path.get(row["path"][: -OfferPage.steplen])
            external_id = row["external_id"]
            key = (row["source"], external_id) if external_id else (ADMIN_SOURCE, str(row["pk"]))
            found[key] = (row["pk"], values)
        return found

    def _write(self, pk: int | None, record: OfferRecord, wanted: dict) -> int:
        # Organisations and terms first, outside the line's savepoint: once cached they must exist.
        organisation = self._organisation(record)
        terms = self._terms(wanted)
        with transaction.atomic():
            return self._save(pk, record, wanted, organisation, terms)

    def _terms(self, wanted: dict) -> dict[str, list]:
        """The term objects per TERMS column of the field map, created when new."""
        return {
            field.column: [self._term(field.column, key) for key in sorted(wanted[field.column])]
            for field in OFFER_FIELDS
            if field.kind == TERMS
        }

    def _save(self, pk, record, wanted, organisation, terms) -> int:
        offer = OfferPage.objects.filter(pk=pk).first() if pk else None  # None: deleted since
        if offer is None:
            offer = OfferPage(
                source=record.source, external_id=record.external_id, slug=_offer_slug(record)
            )
            offer.depth, offer.path = organisation.depth + 1, self._next_path(organisation)
            offer._cached_parent_obj = organisation  # as treebeard's add_child does
            offer.locale_id = organisation.locale_id
        elif offer.path[: -OfferPage.steplen] != organisation.path:
            offer.move(organisation, pos="last-child")
            self.last_paths.pop(organisation.pk, None)
            offer = OfferPage.objects.get(pk=pk)
        new, old_title = offer.pk is None, offer.title_nl
        offer_apply(offer, wanted, terms)
        save_published(offer, old_title=old_title)
        if new:
            Page.objects.filter(pk=organisation.pk).update(numchild=F("numchild") + 1)
            self.last_paths[organisation.pk] = offer.path
        return offer.pk

    def _next_path(self, parent: Page) -> str:
        """The path of a new last child, as treebeard's add_child finds it (one query a run)."""
        last = self.last_paths.get(parent.pk)
        if last is None:
            last = parent.get_children().order_by("-path").values_list("path", flat=True).first()
        if last is None:
            return Page._get_path(parent.path, parent.depth + 1, 1)
        # As treebeard's _inc_path, without building a page (3 ms with modeltranslation).
        step = Page._str2int(last[-Page.steplen :]) + 1
        return Page._get_path(last, len(last) // Page.steplen, step)

    def _term(self, column: str, key: str):
        terms = self.terms[column]
        if key not in terms:
            model = OfferPage._meta.get_field(column).related_model
            if model is DutchLevel:
                defaults = {"position": DUTCH_LEVELS.index(key)}
                terms[key], _created = model.objects.get_or_create(code=key, defaults=defaults)
            else:
                terms[key], _created = model.objects.get_or_create(
                    slug=key, defaults={"name_nl": key}
                )
        return terms[key]

    def _organisation(self, record: OfferRecord) -> OrganisationPage:
        key = record.organisation.name.casefold()
        if key in self.organisations:
            return self.organisations[key]
        index = self._index()
        taken = set(index.get_children().values_list("slug", flat=True))
        page = OrganisationPage(
            title=record.organisation.name,
            slug=_unique_slug(slugify(record.organisation.name)[:80] or "organisatie", taken),
            kind=record.organisation.kind,
        )
        with transaction.atomic():
            index.add_child(instance=page)
            page.save_revision().publish()
        self.organisations[key] = page
        self.org_by_path[page.path] = key
        return page

    def _index(self) -> OfferIndexPage:
        if self.index is None:
            home = self._home()
            taken = set(home.get_children().values_list("slug", flat=True))
            index = OfferIndexPage(title="Aanbod", slug=_unique_slug("aanbod", taken))
            with transaction.atomic():
                home.add_child(instance=index)
                index.save_revision().publish()
            self.index = index
        return self.index


def _save_errors(exc: Exception) -> list[tuple[str, str, str]]:
    """A model error raised while saving, as (field, code, message) in the interchange's terms."""
    if not isinstance(exc, ValidationError) or not hasattr(exc, "error_dict"):
        return [("", "not_saved", str(exc)[:300])]
    errors = []
    for name, problems in exc.message_dict.items():
        path, code = MODEL_ERRORS.get(name, ("" if name == NON_FIELD_ERRORS else name, "not_saved"))
        errors.extend((path, code, message) for message in problems)
    return errors


def _problems(errors: list[FieldError]) -> list[tuple[str, str, str]]:
    """(field, code, message) per error of the format's checks, in the active language."""
    return [
        (err.field, err.code, render_message(err.code, err.field, err.params, gettext))
        for err in errors
    ]
