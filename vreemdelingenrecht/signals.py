"""Publishing, unpublishing, moving or deleting a ruling, or a view restriction above it,
queues a case-law index update."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from search.documents import event_version


def _queue(instance, version=None):
    from search.services import index_update_enqueue
    from vreemdelingenrecht.models import RulingPage

    if isinstance(instance, RulingPage):
        index_update_enqueue(index_name="rulings", object_id=instance.pk, version=version)


def on_published(sender, instance, revision=None, **kwargs):
    _queue(instance, event_version(instance.last_published_at))


def on_changed(sender, instance, **kwargs):
    _queue(instance)


def on_restriction_changed(sender, instance, **kwargs):
    """The rulings index holds public rulings only: those below the page leave or come back."""
    from wagtail.models import Page

    from vreemdelingenrecht.models import RulingPage

    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        for ruling in RulingPage.objects.descendant_of(page, inclusive=True):
            _queue(ruling)


def connect():
    page_published.connect(on_published, dispatch_uid="rulings-published")
    page_unpublished.connect(on_changed, dispatch_uid="rulings-unpublished")
    post_page_move.connect(on_changed, dispatch_uid="rulings-moved")
    post_delete.connect(on_changed, dispatch_uid="rulings-deleted")
    for signal in (post_save, post_delete):
        signal.connect(
            on_restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"rulings-restriction-{signal is post_save}",
        )
