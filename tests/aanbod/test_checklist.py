"""The findability checklist: which gaps an offer has, in what order, and what editors read."""

import dataclasses
import datetime as dt
import html
import re

import pytest
from django.utils import timezone, translation
from wagtail.users.models import UserProfile

from aanbod.checklist import OfferFacts, findability_gaps
from aanbod.factories import OfferIndexPageFactory, OfferPageFactory, OrganisationPageFactory
from aanbod.models import DutchLevel, OfferWeeklySlot, Theme
from aanbod.models.derived import offer_findability_gaps
from aanbod.panels import GAP_MESSAGES

ORDER = [
    "no_place",
    "no_schedule",
    "no_level",
    "no_summary",
    "no_translation",
    "no_contact",
    "no_theme",
]
COMPLETE = OfferFacts(
    has_dutch_levels=True,
    all_levels_confirmed=False,
    has_schedule=True,
    has_summary=True,
    translated_languages=frozenset({"en"}),
    needs_place=True,
    has_place=True,
    has_contact=True,
    has_themes=True,
)
EMPTY = OfferFacts(
    has_dutch_levels=False,
    all_levels_confirmed=False,
    has_schedule=False,
    has_summary=False,
    translated_languages=frozenset(),
    needs_place=True,
    has_place=False,
    has_contact=False,
    has_themes=False,
)


def test_a_complete_offer_has_no_gaps_and_an_empty_one_every_gap_most_important_first():
    assert findability_gaps(COMPLETE) == []
    assert findability_gaps(EMPTY) == ORDER


@pytest.mark.parametrize(
    ("change", "gap"),
    [
        ({"has_place": False}, "no_place"),
        ({"has_schedule": False}, "no_schedule"),
        ({"has_dutch_levels": False}, "no_level"),
        ({"has_summary": False}, "no_summary"),
        ({"translated_languages": frozenset()}, "no_translation"),
        ({"has_contact": False}, "no_contact"),
        ({"has_themes": False}, "no_theme"),
    ],
)
def test_each_missing_fact_is_one_gap(change, gap):
    assert findability_gaps(dataclasses.replace(COMPLETE, **change)) == [gap]


def test_online_offers_need_no_place_and_all_levels_may_be_confirmed():
    online = dataclasses.replace(COMPLETE, needs_place=False, has_place=False)
    assert findability_gaps(online) == []
    every_level = dataclasses.replace(COMPLETE, has_dutch_levels=False, all_levels_confirmed=True)
    assert findability_gaps(every_level) == []


def test_every_gap_has_a_message_that_says_what_to_do():
    assert set(GAP_MESSAGES) == set(ORDER)
    with translation.override("en"):
        for code, message in GAP_MESSAGES.items():
            assert re.search(r"\. (Add|Tick|Choose) ", str(message)), code
    with translation.override("nl"):
        dutch = {code: str(message) for code, message in GAP_MESSAGES.items()}
    with translation.override("en"):
        assert all(dutch[code] != str(GAP_MESSAGES[code]) for code in ORDER), dutch


@pytest.fixture
def organisation(demo_site, places):
    index = OfferIndexPageFactory(parent=demo_site)
    return OrganisationPageFactory(parent=index, title="Stad Gent", slug="stad-gent")


def _complete_offer(organisation):
    offer = OfferPageFactory.build(
        title="Praattafel Sint-Pieters",
        slug="praattafel-sint-pieters",
        summary="Elke dinsdag samen Nederlands praten.",
        summary_en="Practise Dutch together every Tuesday.",
        postcode="9000",
        contact_email="praattafel@example.org",
        start_date=timezone.localdate(),
    )
    offer.weekly_slots = [OfferWeeklySlot(weekday=1, start=dt.time(19), end=dt.time(21))]
    offer.dutch_levels = [DutchLevel.objects.get_or_create(code="A2", defaults={"position": 2})[0]]
    offer.themes = [Theme.objects.create(slug="praten", name="Praten")]
    organisation.add_child(instance=offer)
    offer.save_revision().publish()
    return offer


def test_the_gaps_of_real_offers(organisation):
    bare = OfferPageFactory(parent=organisation, title="Kaal", slug="kaal", summary="")
    assert offer_findability_gaps(bare) == [
        "no_schedule",
        "no_level",
        "no_summary",
        "no_translation",
        "no_contact",
        "no_theme",
    ]  # it has a postcode, so it has a place
    online = OfferPageFactory(parent=organisation, slug="online", format="online", postcode="")
    assert "no_place" not in offer_findability_gaps(online)
    # Saving refuses one without a postcode; the checklist already warns while it is typed.
    nowhere = OfferPageFactory.build(format="blended", postcode="")
    assert offer_findability_gaps(nowhere)[0] == "no_place"
    assert offer_findability_gaps(_complete_offer(organisation)) == []


def _checklist(client, offer) -> str:
    response = client.get(f"/admin/pages/{offer.pk}/edit/")
    assert response.status_code == 200
    body = response.content.decode()
    panel = r'<div class="help-block help-(?:warning|info)" role="note">(.*?)</div>'
    match = re.search(panel, body, re.S)
    assert match, "the checklist panel is on the edit page"
    return match.group(1)


def test_editors_read_the_checklist_on_the_edit_page(client, organisation, django_user_model):
    editor = django_user_model.objects.create_superuser("editor", "e@example.org", "x" * 16)
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(editor)
    bare = OfferPageFactory(parent=organisation, title="Kaal", slug="kaal", summary="")
    panel = _checklist(client, bare)
    assert "This offer is hard to find:" in panel
    with translation.override("en"):
        expected = [html.escape(str(GAP_MESSAGES[code])) for code in offer_findability_gaps(bare)]
    assert re.findall(r"<li>(.*?)</li>", panel) == expected
    panel = _checklist(client, _complete_offer(organisation))
    assert "This offer has everything people need to find it." in panel
    assert "<li>" not in panel
