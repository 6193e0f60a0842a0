"""One handler for every index definition: Wagtail publish, unpublish, move and delete events,
and view restrictions, queue an update of each index that holds the page; saving a synonym
rebuilds the offer index behind its alias."""

from django.apps import apps
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_migrate, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from aanbod.models import OfferPage
from portal.queueing import enqueue
from search.client import get_client
from search.index_queue import index_update_enqueue
from search.indexes import (
    DELETED,
    MOVED,
    PUBLISHED,
    UNPUBLISHED,
    VIEW_RESTRICTION,
    event_version,
    index_definitions,
)
from search.models import OfferSynonym
from search.offers import text_table
from search.offers.editorial import GLOSSARY_CACHE_KEY, glossary_expansions
from search.tasks import rebuild_offer_index
from search.text import fold, vocabulary_words


def queue_updates(instance, event: str, version: int | None = None) -> None:
    """Queue an update of `instance` in every index that holds it and listens to `event`."""
    for definition in index_definitions:
        if event in definition.events and definition.holds(instance):
            index_update_enqueue(index_name=definition.name, object_id=instance.pk, version=version)


def _queue_subtree(page, event: str) -> None:
    for descendant in Page.objects.descendant_of(page, inclusive=True).live().specific():
        queue_updates(descendant, event)


def _offer_text_changed(instance) -> None:
    """The database search's text table follows every offer at once (no engine needed)."""
    if isinstance(instance, OfferPage):
        text_table.write([text_table.row_of(instance)])


def on_published(sender, instance, revision=None, **kwargs):
    _offer_text_changed(instance)
    queue_updates(instance, PUBLISHED, event_version(instance.last_published_at))


def on_unpublished(sender, instance, **kwargs):
    queue_updates(instance, UNPUBLISHED)


def on_moved(sender, instance, **kwargs):
    # The URLs of the page and everything below it changed.
    _queue_subtree(instance, MOVED)


def on_restriction_changed(sender, instance, **kwargs):
    """A view restriction hides the page and everything below it (the documents only hold
    public pages, so the update removes them); lifting it brings them back."""
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        _queue_subtree(page, VIEW_RESTRICTION)


def on_deleted(sender, instance, **kwargs):
    if isinstance(instance, OfferPage):
        text_table.remove([instance.pk])
    queue_updates(instance, DELETED)


def on_synonyms_changed(sender, instance, **kwargs):
    # The database search reads the glossary words from the cache: read them again, and
    # corrects typos towards the visitor's words of the glossary too.
    cache.delete(GLOSSARY_CACHE_KEY)
    if instance is None:  # a bulk load: every glossary word
        text_table.write([], extra_words=text_table.glossary_words(glossary_expansions()))
    elif instance.source == "glossary":
        text_table.write([], extra_words=vocabulary_words(fold(instance.terms)))
    if get_client() is not None:
        transaction.on_commit(lambda: enqueue(rebuild_offer_index))


def on_migrated(sender, **kwargs):
    """Offers that exist before the text table (an upgrade) are written once, after migrate."""
    if text_table.is_empty() and OfferPage.objects.exists():
        text_table.rebuild(OfferPage.objects.all(), glossary=glossary_expansions())


def connect():
    post_migrate.connect(
        on_migrated, sender=apps.get_app_config("search"), dispatch_uid="search-text"
    )
    post_save.connect(on_synonyms_changed, sender=OfferSynonym, dispatch_uid="search-synonyms")
    post_delete.connect(
        on_synonyms_changed, sender=OfferSynonym, dispatch_uid="search-synonyms-deleted"
    )
    page_published.connect(on_published, dispatch_uid="search-page-published")
    page_unpublished.connect(on_unpublished, dispatch_uid="search-page-unpublished")
    post_page_move.connect(on_moved, dispatch_uid="search-page-moved")
    post_delete.connect(on_deleted, dispatch_uid="search-page-deleted")
    for signal in (post_save, post_delete):
        signal.connect(
            on_restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"search-restriction-{signal is post_save}",
        )
