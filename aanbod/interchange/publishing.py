"""Publish an offer written by code (the import) the way the admin would, without its slow parts."""

from __future__ import annotations

import contextlib

from django.db.models.signals import post_save
from django.utils import timezone
from modelsearch.backends import get_search_backends
from modelsearch.signal_handlers import post_save_signal_handler as search_post_save
from wagtail.log_actions import log
from wagtail.models import Page, ReferenceIndex, Revision
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.signals import page_published, published

from aanbod.models import OfferPage

RELATION_FIELDS = [field.name for field in OfferPage._meta.concrete_fields if field.is_relation]


def save_published(offer: OfferPage, *, old_title: str | None = None) -> None:
    """Save `offer` and publish it, ending as add_child/save_revision().publish() would.

    Those validate the page on each of their three saves, and wagtail-modeltranslation's
    validation loads every sibling page each time: with thousands of offers in one organisation
    an import became quadratic. The line is validated already (interchange, _model_rules, and
    clean_fields and a sibling slug check here), so the page is saved once without `clean`, then
    gets what PublishPageRevisionAction gives a page without a go-live date: a revision that is
    live and latest, log entries, publish signals, a cancelled workflow, updated aliases."""
    new = offer.pk is None
    now = timezone.now()
    offer.draft_title = offer.title
    if new:
        offer.minimal_clean()  # locale, and a slug that is free among the siblings
    offer.clean_fields(exclude=RELATION_FIELDS)
    offer.live, offer.expired, offer.has_unpublished_changes = True, False, False
    offer.first_published_at = offer.first_published_at or now
    offer.last_published_at = offer.latest_revision_created_at = now
    offer.save(clean=False)
    revision = Revision.objects.create(
        content_object=offer,
        base_content_type=offer.get_base_content_type(),
        content=offer.serializable_data(),
        object_str=str(offer),
        created_at=now,
    )
    offer.latest_revision = offer.live_revision = revision
    Page.objects.filter(pk=offer.pk).update(latest_revision=revision, live_revision=revision)
    if not new:
        offer.revisions.exclude(pk=revision.pk).update(approved_go_live_at=None)
        if old_title != offer.title_nl:
            title = {"old": old_title, "new": offer.title_nl}
            log(instance=offer, action="wagtail.rename", data={"title": title}, revision=revision)
    log(instance=offer, action="wagtail.publish", revision=revision, content_changed=True)
    page_published.send(sender=OfferPage, instance=offer, revision=revision)
    published.send(sender=OfferPage, instance=offer, revision=revision)
    if not new:
        if workflow_state := offer.current_workflow_state:
            workflow_state.cancel()
        offer.update_aliases(revision=revision, _content=revision.content)


@contextlib.contextmanager
def indexing_deferred(model=OfferPage):
    """Skip the per-save search and reference index updates of `model`; call `index_bulk` after.

    Each save would otherwise run one search-index and one reference-index task: most of the
    time of a bulk import. Collected here, they run once per batch.
    """
    post_save.disconnect(search_post_save, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        if getattr(model, "search_auto_update", True):
            post_save.connect(search_post_save, sender=model)


def index_bulk(pks: list[int], model=OfferPage, *, references_done=frozenset()) -> None:
    """Bring the search and reference indexes up to date for these pages, in bulk."""
    if not pks:
        return
    objects = list(model.get_indexed_objects().filter(pk__in=pks))
    for backend in get_search_backends(with_auto_update=True):
        backend.add_bulk(model, objects)
    for instance in objects:
        if instance.pk not in references_done:
            ReferenceIndex.create_or_update_for_object(instance)
