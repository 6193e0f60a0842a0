"""An Atom feed of one offer search: the same URL parameters as the finder."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from aanbod.models import OfferPage
from search.alerts.describe import describe_search
from search.alerts.services import matching_hits
from search.offers.form_params import finder_params

FEED_SIZE = 50


class OfferSearchFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request):
        params, _errors, _view = finder_params(dict(request.GET.lists()), get_language())
        query = request.GET.urlencode()
        return {"params": params.with_changes(sort="next_date"), "query": query}

    def title(self, obj):
        return _("Wegwijs offers: %(search)s") % {
            "search": describe_search(obj["params"], get_language())
        }

    def link(self, obj):
        url = reverse("search:finder")
        return f"{url}?{obj['query']}" if obj["query"] else url

    def subtitle(self, obj):
        return _("Offers that match your search on Wegwijs, soonest first.")

    def items(self, obj):
        hits = matching_hits(obj["params"], get_language())[:FEED_SIZE]
        published = dict(
            OfferPage.objects.filter(pk__in=[hit.page_id for hit in hits]).values_list(
                "pk", "first_published_at"
            )
        )
        for hit in hits:
            hit.published = published.get(hit.page_id)
        return hits

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.url

    def item_guid(self, item):
        return f"{item.source}:{item.external_id or item.page_id}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.published

    def item_updateddate(self, item):
        return item.published
