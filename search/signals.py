"""Wagtail publish, unpublish, move and delete events, and view restrictions, queue page and
offer index updates; saving a synonym rebuilds the offer index behind its alias."""

from django.db.models.signals import post_delete
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from search.documents import event_version


def _queue(page, version=None):
    from portal.models import BasePage
    from search.services import index_update_enqueue

    if isinstance(page, BasePage):  # the pages index holds content pages only
        index_update_enqueue(index_name="pages", object_id=page.pk, version=version)
    elif type(page).__name__ == "OfferPage":  # search reads aanbod, never the other way
        index_update_enqueue(index_name="offers", object_id=page.pk, version=version)


def on_published(sender, instance, revision=None, **kwargs):
    _queue(instance, event_version(instance.last_published_at))


def on_unpublished(sender, instance, **kwargs):
    _queue(instance)


def _queue_subtree(page):
    for descendant in Page.objects.descendant_of(page, inclusive=True).live().specific():
        _queue(descendant)


def on_moved(sender, instance, **kwargs):
    # The URLs of the page and everything below it changed.
    _queue_subtree(instance)


def on_restriction_changed(sender, instance, **kwargs):
    """A view restriction hides the page and everything below it (the documents only hold
    public pages, so the update removes them); lifting it brings them back."""
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        _queue_subtree(page)


def on_deleted(sender, instance, **kwargs):
    _queue(instance)


def on_synonyms_changed(sender, instance, **kwargs):
    from django.db import transaction

    from search.client import get_client
    from search.tasks import rebuild_offer_index

    if get_client() is not None:
        from portal.queueing import enqueue

        transaction.on_commit(lambda: enqueue(rebuild_offer_index))


def connect():
    from django.db.models.signals import post_save

    from search.models import OfferSynonym

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
