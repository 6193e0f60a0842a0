"""Pure calendar rules: an event's state, the iCalendar feed and the schema.org Event.

No Django here: the views hand over plain `EventRecord`s."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import icalendar

UPCOMING = "upcoming"
HELD = "held"
RECORDED = "recorded"

# schema.org names for the formats (eventAttendanceMode) and statuses (offers' availability).
ATTENDANCE_MODES = {
    "on_site": "https://schema.org/OfflineEventAttendanceMode",
    "online": "https://schema.org/OnlineEventAttendanceMode",
    "e_learning": "https://schema.org/OnlineEventAttendanceMode",
}
AVAILABILITY = {
    "open": "https://schema.org/InStock",
    "full": "https://schema.org/SoldOut",
    "on_request": "https://schema.org/PreOrder",
}
PRODUCT_ID = "-//Wegwijs//Vormingskalender//NL"


@dataclass(frozen=True)
class Session:
    starts_at: dt.datetime
    ends_at: dt.datetime


@dataclass(frozen=True)
class EventRecord:
    """What the feed and the structured data need of one event page."""

    uid: str
    title: str
    url: str
    description: str = ""
    sessions: tuple[Session, ...] = ()
    format: str = "on_site"
    status: str = "open"
    location: str = ""
    language: str = "nl"
    registration_url: str = ""
    recording_url: str = ""
    audiences: tuple[str, ...] = field(default_factory=tuple)
    updated_at: dt.datetime | None = None


def event_state(starts_at, ends_at, now: dt.datetime, has_recording: bool) -> str:
    """Upcoming until the last session has ended (e-learnings without dates stay upcoming);
    afterwards held, or recorded once a recording link is added."""
    if ends_at is None or now < ends_at:
        return UPCOMING
    return RECORDED if has_recording else HELD


def calendar(records: list[EventRecord], *, name: str, now: dt.datetime) -> bytes:
    """An iCalendar (RFC 5545) document with one VEVENT per session of each event."""
    cal = icalendar.Calendar()
    cal.add("prodid", PRODUCT_ID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    for record in records:
        for number, session in enumerate(record.sessions, start=1):
            cal.add_component(_vevent(record, session, number, now))
    return cal.to_ical()


def _vevent(record: EventRecord, session: Session, number: int, now: dt.datetime):
    event = icalendar.Event()
    suffix = f"-{number}" if len(record.sessions) > 1 else ""
    event.add("uid", f"{record.uid}{suffix}")
    event.add("dtstamp", now)
    event.add("dtstart", session.starts_at)
    event.add("dtend", session.ends_at)
    event.add("summary", record.title)
    text = record.description
    if record.registration_url:
        text = f"{text}\n\n{record.registration_url}".strip()
    if text:
        event.add("description", text)
    event.add("url", record.url)
    if record.location:
        event.add("location", record.location)
    if record.updated_at:
        event.add("last-modified", record.updated_at)
    event.add("status", "CONFIRMED")
    return event


def schema_event(record: EventRecord) -> dict:
    """schema.org Event for one event page (the first session starts it, the last ends it)."""
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": record.title,
        "url": record.url,
        "inLanguage": record.language,
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": ATTENDANCE_MODES.get(record.format, ATTENDANCE_MODES["on_site"]),
    }
    if record.description:
        data["description"] = record.description
    if record.sessions:
        data["startDate"] = record.sessions[0].starts_at.isoformat()
        data["endDate"] = record.sessions[-1].ends_at.isoformat()
    if record.format == "on_site":
        data["location"] = {"@type": "Place", "name": record.location or record.title}
    else:
        data["location"] = {"@type": "VirtualLocation", "url": record.url}
    if record.audiences:
        data["audience"] = [{"@type": "Audience", "audienceType": a} for a in record.audiences]
    offer = {
        "@type": "Offer",
        "availability": AVAILABILITY.get(record.status, AVAILABILITY["open"]),
        "url": record.registration_url or record.url,
    }
    data["offers"] = offer
    if record.recording_url:
        data["recordedIn"] = {"@type": "CreativeWork", "url": record.recording_url}
    if len(record.sessions) > 1:
        data["subEvent"] = [
            {
                "@type": "Event",
                "name": f"{record.title} ({number})",
                "startDate": s.starts_at.isoformat(),
                "endDate": s.ends_at.isoformat(),
            }
            for number, s in enumerate(record.sessions, start=1)
        ]
    return data
