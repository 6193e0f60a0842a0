"""Factories for the training calendar; `generate()` builds the demo calendar from them."""

import datetime as dt

import factory
from django.core.files.base import ContentFile
from django.utils import timezone, translation
from wagtail.documents import get_document_model
from wagtail.models import Page

from portal.demo_fields import page_fields, translated
from portal.factories import PageFactory, root_collection
from vorming.demo import content as demo_content
from vorming.models import EventIndexPage, EventPage, EventSession

LANGUAGES = ("nl", "en", "fr", "uk", "ru", "ar")


class EventIndexPageFactory(PageFactory):
    title = "Vormingskalender"
    slug = "vormingskalender"

    class Meta:
        model = EventIndexPage


class EventPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"Vorming {n}")
    kind = "training"
    audiences = factory.LazyFunction(lambda: ["professionals"])
    theme = "legal"
    format = "on_site"
    region = "everywhere"

    class Meta:
        model = EventPage


def add_event(index, *, sessions=(), **fields) -> EventPage:
    """An event below `index` with `sessions` as (start, end) pairs, saved and published."""
    event = EventPageFactory.build(**fields)
    event.sessions = [
        EventSession(sort_order=n, starts_at=start, ends_at=end)
        for n, (start, end) in enumerate(sessions)
    ]
    with translation.override("nl"):
        index.add_child(instance=event)
        event.save_revision().publish()
    return event


def demo_document(key: str):
    """A small text file standing in for the slides; reused when it exists."""
    title, text = demo_content.DOCUMENTS[key]
    Document = get_document_model()
    label = f"{title} (demo)"
    document = Document.objects.filter(title=label).first()
    if document is None:
        root_collection()
        document = Document(title=label)
        body = f"{title}\n\n{text}\n\n[demo]\n".encode("utf-8-sig")
        document.file.save(f"demo-{key}.txt", ContentFile(body), save=False)
        document.save()
    return document


def _sessions(spec: dict, today: dt.date) -> list[EventSession]:
    sessions = []
    for order, (days, hour, minutes) in enumerate(spec["sessions"]):
        day = today + dt.timedelta(days=days)
        start = timezone.make_aware(dt.datetime.combine(day, dt.time(hour, 0)))
        end = start + dt.timedelta(minutes=minutes)
        sessions.append(EventSession(sort_order=order, starts_at=start, ends_at=end))
    return sessions


def _event_fields(spec: dict, hub) -> dict:
    fields = {
        name: spec.get(name, "")
        for name in (
            "kind", "theme", "format", "region", "location", "spoken_language", "status",
            "registration_url", "recording_url",
        )
    }  # fmt: skip
    fields["audiences"] = list(spec["audiences"])
    fields["documents"] = [
        {"type": "document", "value": {"document": demo_document(key).pk, "title": ""}}
        for key in spec["documents"]
    ]
    fields["shown_on"] = hub if spec.get("crisis") else None
    fields.update(translated("title", spec["title"]))
    fields.update(translated("intro", spec["intro"]))
    fields.update({f"slug_{code}": spec["key"] for code in LANGUAGES})
    fields["slug"], fields["title"] = spec["key"], spec["title"]["nl"]
    return fields


def _index(home: Page) -> EventIndexPage:
    fields = page_fields(demo_content.PAGE, ("slug", "title", "intro"))
    # The data migration may already have made a calendar for the crisis webinars.
    index = home.get_descendants().type(EventIndexPage).first()
    if index is None:
        index = EventIndexPageFactory(parent=home, show_in_menus=True, **fields)
    index = index.specific
    for name, value in fields.items():
        setattr(index, name, value)
    index.save_revision().publish()
    return index


def generate(*, seed: int = 42, home: Page) -> EventIndexPage:
    """Create or refresh the demo calendar under `home`; running it twice changes nothing."""
    today = timezone.localdate()
    hub = Page.objects.filter(slug_nl=demo_content.CRISIS_HUB_SLUG).first()
    with translation.override("nl"):
        index = _index(home)
        for spec in demo_content.EVENTS:
            fields = _event_fields(spec, hub)
            event = index.get_children().type(EventPage).filter(slug_nl=spec["key"]).first()
            if event is None:
                event = EventPageFactory.build(**fields)
                event.sessions = _sessions(spec, today)
                index.add_child(instance=event)
            event = event.specific
            for name, value in fields.items():
                setattr(event, name, value)
            event.sessions = _sessions(spec, today)
            event.save_revision().publish()
    return index
