"""Create and publish many new offers at once, with the rows add_child and a publish would write.

Wagtail creates a page with about 44 queries (the page, its relations read back three times,
revision, log entries, index updates). For a first import of 100,000 offers that is a query
storm. Here one batch of new offers takes a fixed number of queries: the page and offer rows,
slots, dates and tags, revisions and log entries are each inserted in bulk; search and
the reference index from the offers in memory, and the search index in bulk afterwards
(publishing.index_bulk). Updates of existing
offers still go through publishing.save_published, one by one.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections import Counter

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page, PageLogEntry, ReferenceIndex, Revision
from wagtail.signals import page_published, published

from aanbod.models import OfferDate, OfferPage, OfferWeeklySlot, OrganisationPage
from aanbod.models.derived import offer_refresh_derived

M2M_FIELDS = ("themes", "target_groups", "dutch_levels")


@dataclasses.dataclass
class NewOffer:
    """An unsaved offer with its relations set in memory, and the organisation it goes under."""

    offer: OfferPage
    organisation: OrganisationPage


def offer_prepare_new(offer: OfferPage, organisation: OrganisationPage, path: str) -> None:
    """Fill what add_child, Page.save and a publish would set on a new offer (no queries)."""
    now = timezone.now()
    offer.depth, offer.path = organisation.depth + 1, path
    offer._cached_parent_obj = organisation  # get_parent() without a query, as add_child does
    offer.locale_id = organisation.locale_id
    offer.draft_title = offer.title
    offer.live, offer.expired, offer.has_unpublished_changes = True, False, False
    offer.first_published_at = offer.last_published_at = offer.latest_revision_created_at = now
    offer_refresh_derived(offer)
    offer.set_url_path(organisation)
    offer.wagtail_admin_comments = []  # in memory, so serialising never asks the database


def offers_create_published(new: list[NewOffer]) -> list[int]:
    """Insert and publish `new` (prepared with offer_prepare_new) in one go; returns their ids.

    Raises the database's error if any row is refused; the caller then falls back to saving the
    offers one by one, so each problem is reported on its own line.
    """
    if not new:
        return []
    offers = [item.offer for item in new]
    with transaction.atomic():
        _insert_pages(offers)
        _insert_relations(offers)
        revisions = _insert_revisions(offers)
        _insert_log_entries(offers, revisions)
        children = Counter(item.organisation.pk for item in new)
        for organisation_pk, count in children.items():
            Page.objects.filter(pk=organisation_pk).update(numchild=F("numchild") + count)
    for offer in offers:  # from memory, like the revisions
        ReferenceIndex.create_or_update_for_object(offer)
    for offer, revision in zip(offers, revisions, strict=True):
        page_published.send(sender=OfferPage, instance=offer, revision=revision)
        published.send(sender=OfferPage, instance=offer, revision=revision)
    return [offer.pk for offer in offers]


def _insert_pages(offers: list[OfferPage]) -> None:
    # Django's bulk_create refuses multi-table models; its own building block does not.
    page_fields = [field for field in Page._meta.concrete_fields if not field.primary_key]
    if connection.features.can_return_rows_from_bulk_insert:
        rows = Page._base_manager._insert(
            offers, fields=page_fields, returning_fields=[Page._meta.pk]
        )
        for offer, (pk,) in zip(offers, rows, strict=True):
            offer.pk = offer.id = offer.page_ptr_id = pk
    else:  # pragma: no cover - PostgreSQL and SQLite 3.35+ both return ids
        for offer in offers:
            (offer.pk,) = Page._base_manager._insert(
                [offer], fields=page_fields, returning_fields=[Page._meta.pk]
            )[0]
            offer.id = offer.page_ptr_id = offer.pk
    OfferPage._base_manager._insert(offers, fields=OfferPage._meta.local_concrete_fields)
    for offer in offers:
        offer._state.adding = False


def _insert_relations(offers: list[OfferPage]) -> None:
    slots, dates = [], []
    through_rows = {name: [] for name in M2M_FIELDS}
    for offer in offers:
        for order, slot in enumerate(offer.weekly_slots.all()):
            slot.offer_id, slot.sort_order = offer.pk, order
            slots.append(slot)
        for order, day in enumerate(offer.single_dates.all()):
            day.offer_id, day.sort_order = offer.pk, order
            dates.append(day)
        for name in M2M_FIELDS:
            field = OfferPage._meta.get_field(name)
            through = field.remote_field.through
            source, target = field.m2m_column_name(), field.m2m_reverse_name()
            through_rows[name].extend(
                through(**{source: offer.pk, target: term.pk})
                for term in getattr(offer, name).all()
            )
    OfferWeeklySlot.objects.bulk_create(slots)
    OfferDate.objects.bulk_create(dates)
    for name, rows in through_rows.items():
        OfferPage._meta.get_field(name).remote_field.through.objects.bulk_create(rows)


def _insert_revisions(offers: list[OfferPage]) -> list[Revision]:
    offer_type = ContentType.objects.get_for_model(OfferPage)
    page_type = ContentType.objects.get_for_model(Page)
    revisions = Revision.objects.bulk_create(
        Revision(
            content_type=offer_type,
            base_content_type=page_type,
            object_id=str(offer.pk),
            content=offer.serializable_data(),  # read from memory: relations are not re-queried
            object_str=str(offer),
            created_at=offer.last_published_at,
        )
        for offer in offers
    )
    for offer, revision in zip(offers, revisions, strict=True):
        offer.latest_revision = offer.live_revision = revision
    Page.objects.bulk_update(offers, ["latest_revision", "live_revision"])
    return revisions


def _insert_log_entries(offers: list[OfferPage], revisions: list[Revision]) -> None:
    """ "Created" and "published", as Page.save and a publish log them."""
    offer_type = ContentType.objects.get_for_model(OfferPage, for_concrete_model=False)
    entries = []
    for offer, revision in zip(offers, revisions, strict=True):
        shared = {
            "content_type": offer_type,
            "page_id": offer.pk,
            "label": offer.get_admin_display_title(),
            "timestamp": offer.last_published_at,
            "uuid": uuid.uuid4(),  # one user action, as Wagtail's log context groups them
            "data": {},
        }
        entries.append(PageLogEntry(action="wagtail.create", **shared))
        entries.append(
            PageLogEntry(
                action="wagtail.publish", revision=revision, content_changed=True, **shared
            )
        )
    PageLogEntry.objects.bulk_create(entries)
