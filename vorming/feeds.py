"""The calendar's feeds per filter: iCalendar (with `icalendar`) and RSS."""

from __future__ import annotations

from django.contrib.syndication.views import Feed
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from vorming import calendar_format, listing

RSS_ITEMS = 50


def ical_response(index, request) -> HttpResponse:
    """Every event that matches the query string (past ones too, unless `when` says otherwise)."""
    _form, filters = listing.read_filters(request)
    events = listing.filtered(index.events(), filters, default_when="")
    records = [listing.record(event, request) for event in events]
    body = calendar_format.calendar(records, name=index.title, now=timezone.now())
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="vormingskalender.ics"'
    return response


class EventFeed(Feed):
    """Coming events (or past ones with `when=past`) that match the listing's query string."""

    def __call__(self, request, *args, index=None, **kwargs):
        self.index = index
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return listing.read_filters(request)[1]

    def title(self, obj):
        return self.index.title

    def link(self, obj):
        url = self.index.get_url(self.request)
        query = listing.query_string(obj)
        return f"{url}?{query}" if query else url

    def description(self, obj):
        return _("Trainings, webinars, information sessions and e-learnings.")

    def items(self, obj):
        return listing.filtered(self.index.events(), obj)[:RSS_ITEMS]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        when = item.starts_at and timezone.localtime(item.starts_at).strftime("%d-%m-%Y %H:%M")
        return f"{when}: {item.intro}" if when else item.intro

    def item_link(self, item):
        return item.get_url(self.request)

    def item_guid(self, item):
        return f"event-{item.pk}"

    def item_guid_is_permalink(self, item):
        return False

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [str(item.get_kind_display()), str(item.get_theme_display())]
