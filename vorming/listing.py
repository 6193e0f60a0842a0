"""What the calendar pages show: the filter form, the filtered and paged events, structured data.

It reads the pages and querysets it is given and never imports vorming.models."""

from __future__ import annotations

from urllib.parse import urlencode

from django import forms
from django.core.paginator import Paginator
from django.db.models import F, Q
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from portal.json_fields import holds
from vorming import calendar_format
from vorming.choices import Audience, Format, Region, Theme, When

PAGE_SIZE = 12
FILTERS = ("audience", "theme", "format", "region", "when")


def _with_all(label, choices):
    return [("", label), *choices]


class EventFilterForm(forms.Form):
    """The listing's filters; the feeds read the same query string."""

    audience = forms.ChoiceField(
        label=_("For whom"), required=False, choices=_with_all(_("Everyone"), Audience.choices)
    )
    theme = forms.ChoiceField(
        label=_("Theme"), required=False, choices=_with_all(_("All themes"), Theme.choices)
    )
    format = forms.ChoiceField(
        label=_("Format"), required=False, choices=_with_all(_("All formats"), Format.choices)
    )
    region = forms.ChoiceField(
        label=_("Region"), required=False, choices=_with_all(_("All regions"), Region.choices)
    )
    when = forms.ChoiceField(label=_("When"), required=False, choices=When.choices)


def read_filters(request) -> tuple[EventFilterForm, dict]:
    """The form and the valid filters of the query string (an invalid choice is left out)."""
    form = EventFilterForm(request.GET or None)
    if not form.is_bound:
        return form, {}
    form.is_valid()
    cleaned = getattr(form, "cleaned_data", {})
    return form, {name: cleaned[name] for name in FILTERS if cleaned.get(name)}


def filtered(events, filters: dict, now=None, *, default_when: str = When.UPCOMING):
    """Events matching the filters; `when` keeps coming or past ones (all when it is "")."""
    now = now or timezone.now()
    if filters.get("audience"):
        events = events.filter(holds("audiences", filters["audience"]))
    for name in ("theme", "format", "region"):
        if filters.get(name):
            events = events.filter(**{name: filters[name]})
    when = filters.get("when", default_when)
    if when == When.PAST:
        events = events.filter(ends_at__lt=now).order_by(F("starts_at").desc(nulls_last=True))
    elif when == When.UPCOMING:
        events = events.filter(Q(ends_at__gte=now) | Q(ends_at__isnull=True))
        events = events.order_by(F("starts_at").asc(nulls_last=True), "pk")
    else:
        events = events.order_by(F("starts_at").asc(nulls_last=True), "pk")
    return events.prefetch_related("sessions")


def query_string(filters: dict) -> str:
    return urlencode({name: filters[name] for name in FILTERS if filters.get(name)})


def record(event, request=None) -> calendar_format.EventRecord:
    """The plain record of an event page for the feed and schema.org."""
    host = request.get_host() if request is not None else "wegwijs"
    sessions = tuple(
        calendar_format.Session(s.starts_at, s.ends_at) for s in event.ordered_sessions
    )
    return calendar_format.EventRecord(
        uid=f"event-{event.pk}@{host}",
        title=event.title,
        url=event.get_full_url(request) or "",
        description=event.intro,
        sessions=sessions,
        format=event.format,
        status=event.status,
        location=event.location,
        language=translation.get_language() or "nl",
        registration_url=event.registration_url,
        recording_url=event.recording_url,
        audiences=tuple(event.audience_labels()),
        updated_at=event.last_published_at,
    )


def listing_context(index, request) -> dict:
    form, filters = read_filters(request)
    events = filtered(index.events(), filters)
    page = Paginator(events, PAGE_SIZE).get_page(request.GET.get("page"))
    query = query_string(filters)
    items = list(page.object_list)
    return {
        "filter_form": form,
        "filter_errors": form.is_bound and bool(form.errors),
        "filtered": bool(filters),
        "showing_past": filters.get("when") == When.PAST,
        "events_page": page,
        "events": items,
        "query": query,
        "events_jsonld": {
            "@context": "https://schema.org",
            "@graph": [calendar_format.schema_event(record(e, request)) for e in items],
        }
        if items
        else None,
    }


def event_context(event, request) -> dict:
    data = calendar_format.schema_event(record(event, request))
    data.pop("@context")
    return {
        "event_jsonld": {"@context": "https://schema.org", **data},
        "sessions": event.ordered_sessions,
    }


def shown_on(events, page, now=None) -> dict:
    """The events linked to `page` (the crisis hub), coming ones first, then the past ones."""
    now = now or timezone.now()
    upcoming, past = [], []
    for event in events.filter(shown_on=page).prefetch_related("sessions"):
        event.current_state = event.state(now)
        (upcoming if event.current_state == calendar_format.UPCOMING else past).append(event)
    upcoming.sort(key=lambda e: (e.starts_at is None, e.starts_at))
    past.sort(key=lambda e: e.starts_at, reverse=True)
    return {"upcoming": upcoming, "past": past}
