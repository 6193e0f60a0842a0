"""RSS and Atom feeds of the legal news: all news, and one feed per topic."""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from vreemdelingenrecht import selectors
from vreemdelingenrecht.models import NewsIndexPage

ITEMS = 30


class LegalNewsFeed(Feed):
    """The latest news, optionally about one topic (`topic` in the URL)."""

    def get_object(self, request, topic=None):
        self.request = request
        if topic is None:
            return None
        found = selectors.topic_by_slug(topic)
        if found is None:
            raise Http404(_("There is no topic with this code."))
        return found

    def title(self, obj):
        if obj is None:
            return _("News about foreigners law")
        return _("News about foreigners law: %(topic)s") % {"topic": obj.name}

    def link(self, obj):
        index = NewsIndexPage.objects.live().first()
        url = index.get_url(self.request) if index else "/"
        return f"{url}?topic={obj.slug}" if obj is not None else url

    def description(self, obj):
        return _("New information about the legal position of foreigners in Belgium.")

    def items(self, obj):
        return selectors.news_list(topic=obj)[:ITEMS]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return item.last_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [topic.name for topic in item.topics.all()]


class LegalNewsAtomFeed(LegalNewsFeed):
    feed_type = Atom1Feed
    subtitle = LegalNewsFeed.description
