"""schema.org JSON-LD of an offer and the {% offer_jsonld %} tag that embeds it safely."""

import datetime as dt
import io
import json
import re
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation

from aanbod.api import offers_for_api
from aanbod.factories import OfferIndexPageFactory, OfferPageFactory, OrganisationPageFactory
from aanbod.jsonld import offer_jsonld
from aanbod.models import DutchLevel, OfferDate, OfferWeeklySlot, TargetGroup, Theme

pytestmark = pytest.mark.django_db

START = dt.date(2026, 9, 2)
END = dt.date(2027, 6, 30)
SCRIPT = re.compile(r'^<script type="application/ld\+json">(.*)</script>$', re.DOTALL)


@pytest.fixture
def organisation(demo_site):
    call_command("load_places", verbosity=0, stdout=io.StringIO())
    index = OfferIndexPageFactory(parent=demo_site)
    return OrganisationPageFactory(
        parent=index, title="Stad Gent", title_en="City of Ghent", slug="stad-gent"
    )


@pytest.fixture
def make_offer(organisation):
    def make(*, slots=(), dates=(), levels=(), themes=(), groups=(), **fields):
        offer = OfferPageFactory.build(**fields)
        offer.weekly_slots = [OfferWeeklySlot(weekday=d, start=s, end=e) for d, s, e in slots]
        offer.single_dates = [OfferDate(date=day) for day in dates]
        with translation.override("nl"):
            organisation.add_child(instance=offer)
            offer.dutch_levels.set(DutchLevel.objects.filter(code__in=levels))
            offer.themes.set(themes)
            offer.target_groups.set(groups)
            offer.save_revision().publish()
        return offers_for_api().get(pk=offer.pk)

    return make


@pytest.fixture
def course(make_offer):
    return make_offer(
        title="Nederlands A1",
        title_en="Dutch A1",
        slug="nederlands-a1",
        summary="Leer de basis van het Nederlands.",
        summary_en="Learn basic Dutch.",
        description="Een cursus van 40 uur bij het CVO.",
        offer_type="course_nt2",
        location_name="CVO Gent",
        street="Kerkstraat 1",
        postcode="9000",
        start_date=START,
        end_date=END,
        hours_total=40,
        levels=["A1", "A2"],
        slots=[(2, dt.time(18, 30), dt.time(20))],
    )


def test_a_course_is_a_course_with_an_instance_and_a_weekly_schedule(course):
    data = offer_jsonld(course, language="nl")
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Course"
    assert data["name"] == "Nederlands A1"
    assert data["description"] == "Een cursus van 40 uur bij het CVO."
    assert data["inLanguage"] == "nl"
    assert urlsplit(data["url"]).path == "/nl/aanbod/stad-gent/nederlands-a1/"
    assert data["provider"] == {"@type": "Organization", "name": "Stad Gent"}
    assert data["isAccessibleForFree"] is True
    assert data["offers"] == {
        "@type": "Offer",
        "price": 0,
        "priceCurrency": "EUR",
        "url": data["url"],
        "availability": "https://schema.org/InStock",
        "validThrough": course.valid_until.isoformat(),
        "category": "Free",
    }
    assert data["educationalLevel"] == ["A1", "A2"]
    [instance] = data["hasCourseInstance"]
    assert instance["@type"] == "CourseInstance"
    assert instance["courseMode"] == "onsite"
    assert instance["courseWorkload"] == "PT40H"
    assert (instance["startDate"], instance["endDate"]) == ("2026-09-02", "2027-06-30")
    assert instance["courseSchedule"] == [
        {
            "@type": "Schedule",
            "byDay": "https://schema.org/Wednesday",
            "startTime": "18:30:00",
            "endTime": "20:00:00",
            "duration": "PT1H30M",
            "repeatFrequency": "P1W",
            "startDate": "2026-09-02",
            "endDate": "2027-06-30",
            "scheduleTimezone": "Europe/Brussels",
        }
    ]
    place = instance["location"]
    assert place["@type"] == "Place"
    assert place["name"] == "CVO Gent"
    assert place["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "Kerkstraat 1",
        "postalCode": "9000",
        "addressLocality": "Gent",
        "addressCountry": "BE",
    }
    assert place["geo"]["@type"] == "GeoCoordinates"
    assert round(place["geo"]["latitude"], 1) == 51.0
    assert round(place["geo"]["longitude"], 1) == 3.7
    assert "organizer" not in data and "eventSchedule" not in data


def test_a_weekly_offer_is_an_event_series(make_offer):
    theme = Theme.objects.create(slug="dutch-practice", name_nl="Nederlands oefenen")
    group = TargetGroup.objects.create(slug="newcomers", name_nl="Nieuwkomers", name_en="Newcomers")
    offer = make_offer(
        title="Praattafel",
        slug="praattafel",
        offer_type="practice",
        postcode="9000",
        cost_free=False,
        cost_amount="12.50",
        registration_url="https://example.org/inschrijven",
        start_date=START,
        end_date=END,
        slots=[(0, dt.time(9, 30), dt.time(11, 30)), (3, dt.time(19), dt.time(21))],
        dates=[dt.date(2026, 12, 19)],
        themes=[theme],
        groups=[group],
    )
    data = offer_jsonld(offer, language="en")
    assert data["@type"] == "EventSeries"
    assert data["organizer"] == {"@type": "Organization", "name": "City of Ghent"}
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert (data["startDate"], data["endDate"]) == ("2026-09-02", "2027-06-30")
    schedule = data["eventSchedule"]
    assert [row["byDay"] for row in schedule] == [
        "https://schema.org/Monday",
        "https://schema.org/Thursday",
    ]
    assert {row["repeatFrequency"] for row in schedule} == {"P1W"}
    assert schedule[1]["startTime"] == "19:00:00" and schedule[1]["endTime"] == "21:00:00"
    [extra] = data["subEvent"]
    assert extra["@type"] == "Event" and extra["startDate"] == "2026-12-19"
    assert data["isAccessibleForFree"] is False
    assert data["offers"]["price"] == 12.5
    assert data["offers"]["priceCurrency"] == "EUR"
    assert data["offers"]["url"] == "https://example.org/inschrijven"
    assert "category" not in data["offers"]
    assert data["audience"] == [{"@type": "Audience", "audienceType": "Newcomers"}]
    assert data["keywords"] == "Nederlands oefenen"  # no English name: Dutch
    assert data["location"]["address"]["addressLocality"] == "Gent"
    assert "hasCourseInstance" not in data and "provider" not in data


def test_an_offer_on_one_day_is_a_single_event(make_offer):
    offer = make_offer(
        title="Stadswandeling", slug="wandeling", offer_type="leisure", dates=[dt.date(2026, 10, 4)]
    )
    data = offer_jsonld(offer, language="nl")
    assert data["@type"] == "Event"
    assert (data["startDate"], data["endDate"]) == ("2026-10-04", "2026-10-04")
    assert "eventSchedule" not in data and "subEvent" not in data


def test_an_online_offer_has_a_virtual_location(make_offer):
    event = make_offer(
        title="Online taalcafé",
        slug="online-taalcafe",
        format="online",
        postcode="",
        contact_url="https://meet.example.org/taalcafe",
        slots=[(1, dt.time(20), dt.time(21))],
    )
    data = offer_jsonld(event, language="nl")
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"] == {
        "@type": "VirtualLocation",
        "url": "https://meet.example.org/taalcafe",
    }
    course = make_offer(
        title="Online cursus", slug="online-cursus", format="online", postcode="",
        offer_type="course_mo",
    )  # fmt: skip
    [instance] = offer_jsonld(course, language="nl")["hasCourseInstance"]
    assert instance["courseMode"] == "online"
    assert instance["location"]["@type"] == "VirtualLocation"
    assert instance["location"]["url"].startswith("http")  # the offer page, without a link


def test_a_blended_course_has_both_locations(make_offer):
    course = make_offer(
        title="Hybride cursus", slug="hybride", offer_type="course_nt2", format="blended",
        postcode="9000", registration_url="https://example.org/reg",
    )  # fmt: skip
    [instance] = offer_jsonld(course, language="nl")["hasCourseInstance"]
    assert instance["courseMode"] == "blended"
    assert [location["@type"] for location in instance["location"]] == ["Place", "VirtualLocation"]


def test_texts_follow_the_language_with_dutch_as_fallback(course):
    english = offer_jsonld(course, language="en")
    assert english["name"] == "Dutch A1"
    assert english["description"] == "Learn basic Dutch."  # English summary before Dutch text
    assert english["provider"]["name"] == "City of Ghent"
    assert urlsplit(english["url"]).path.startswith("/en/")
    ukrainian = offer_jsonld(course, language="uk")
    assert ukrainian["name"] == "Nederlands A1"
    assert ukrainian["description"] == "Een cursus van 40 uur bij het CVO."
    assert urlsplit(ukrainian["url"]).path.startswith("/uk/")
    assert ukrainian["inLanguage"] == "nl"
    french = offer_jsonld(course, language="fr")
    assert french["hasCourseInstance"][0]["location"]["address"]["addressLocality"] == "Gand"
    assert offer_jsonld(course, language="xx")["name"] == "Nederlands A1"


def test_no_queries_beyond_the_prefetched_relations(course, django_assert_max_num_queries):
    request = RequestFactory().get("/")
    with django_assert_max_num_queries(1):  # the site root paths, then cached on the request
        offer_jsonld(course, language="en", request=request)
    with django_assert_max_num_queries(0):
        offer_jsonld(course, language="en", request=request)


# --- the template tag ----------------------------------------------------------------------


def _render(offer, template="{% load aanbod_tags %}{% offer_jsonld offer %}"):
    request = RequestFactory().get("/")
    return Template(template).render(Context({"offer": offer, "request": request}))


def test_tag_outputs_a_json_ld_script_in_the_active_language(course):
    with translation.override("en"):
        html = _render(course)
    match = SCRIPT.match(html)
    assert match, html
    assert json.loads(match[1]) == offer_jsonld(course, language="en")
    explicit = SCRIPT.match(_render(course, "{% load aanbod_tags %}{% offer_jsonld offer 'fr' %}"))
    assert json.loads(explicit[1])["url"] == offer_jsonld(course, language="fr")["url"]


def test_tag_escapes_markup_in_texts(make_offer):
    title = "Taal</script><script>alert('x')</script> & <!-- <b>meer</b>"
    offer = make_offer(title=title, slug="xss", summary="1 < 2 && 3 > 2")
    html = _render(offer)
    assert html.count("</script>") == 1 and html.endswith("</script>")
    assert html.count("<script") == 1
    assert "<!--" not in html and "<b>" not in html
    assert "\\u003C/script\\u003E" in html and "\\u0026" in html
    data = json.loads(SCRIPT.match(html)[1])
    assert data["name"] == title
    assert data["description"] == "1 < 2 && 3 > 2"
