"""Each app's key figure counts what it says, for the quarter asked and nothing else."""

import datetime as dt

import pytest
from django.utils import timezone, translation

from aanbod import key_figures as offer_figures
from aanbod.factories import OfferIndexPageFactory, OfferPageFactory, OrganisationPageFactory
from buddy import key_figures as buddy_figures
from buddy.factories import CandidateFactory, InitiativeIndexPageFactory, initiative
from buddy.models import Proposal
from kerncijfers.quarters import Quarter
from portal import key_figures
from portal.models import Municipality
from taalhulp.pool import key_figures as pool_figures
from taalhulp.pool.factories import HelpRequestFactory
from taalhulp.pool.models import HelpRequest
from vreemdelingenrecht.nieuwsbrief import key_figures as newsletter_figures
from vreemdelingenrecht.nieuwsbrief.factories import SubscriberFactory
from vreemdelingenrecht.nieuwsbrief.models import Subscriber

pytestmark = pytest.mark.django_db

Q3 = Quarter(2026, 3)
IN_Q3 = timezone.make_aware(dt.datetime(2026, 8, 12, 12, 0))
BEFORE_Q3 = timezone.make_aware(dt.datetime(2026, 6, 30, 12, 0))
AFTER_Q3 = timezone.make_aware(dt.datetime(2026, 10, 1, 12, 0))


def counts(compute, quarter=Q3) -> dict[str, int]:
    return {row.code: row.count for row in compute(quarter.first_day, quarter.last_day)}


def test_every_app_registers_its_figures():
    keys = [figure.key for figure in key_figures.figures()]
    for key in [
        "offers_by_type",
        "offers_by_region",
        "buddy_matches",
        "language_help_requests",
        "newsletter_subscribers",
    ]:
        assert key in keys
    assert keys.index("offers_by_type") < keys.index("newsletter_subscribers")  # by position


# --- aanbod -------------------------------------------------------------------------------


def _offer(organisation, *, published, valid_until, **fields):
    offer = OfferPageFactory.build(valid_until=valid_until, **fields)
    with translation.override("nl"):
        organisation.add_child(instance=offer)
        offer.save_revision().publish()
    type(offer).objects.filter(pk=offer.pk).update(first_published_at=published)
    return offer


def test_offers_count_by_type_and_region_in_the_quarter(demo_site, places):
    organisation = OrganisationPageFactory(parent=OfferIndexPageFactory(parent=demo_site))
    gent = Municipality.objects.get(name_nl="Gent")
    brussel = Municipality.objects.filter(region="brussels").first()
    later = dt.date(2027, 6, 1)
    for _ in range(3):
        _offer(organisation, published=IN_Q3, valid_until=later, municipality=gent)
    _offer(organisation, published=BEFORE_Q3, valid_until=later, offer_type="course_nt2",
           municipality=brussel)  # fmt: skip
    _offer(organisation, published=BEFORE_Q3, valid_until=later, offer_type="leisure",
           municipality=None, format="online", postcode="")  # fmt: skip
    # Not counted: published after the quarter, expired before it, or taken offline.
    _offer(organisation, published=AFTER_Q3, valid_until=later, municipality=gent)
    _offer(organisation, published=BEFORE_Q3, valid_until=dt.date(2026, 6, 30), municipality=gent)
    offline = _offer(organisation, published=IN_Q3, valid_until=later, municipality=gent)
    offline.unpublish()

    by_type = counts(offer_figures.offers_by_type)
    assert by_type == {
        "practice": 3,
        "participation": 0,
        "buddy_project": 0,
        "course_nt2": 1,
        "course_mo": 0,
        "leisure": 1,
    }
    by_region = counts(offer_figures.offers_by_region)
    assert by_region == {"oost-vlaanderen": 3, "brussels": 1, "none": 1}
    assert list(by_region)[-1] == "none"  # offers without a place come last
    # An earlier quarter sees only what had been published by then: the offer that expired
    # on its last day.
    assert counts(offer_figures.offers_by_type, Quarter(2026, 2))["practice"] == 1


# --- buddy --------------------------------------------------------------------------------


def test_buddy_matches_count_sent_started_and_ended_in_the_quarter(demo_site, places):
    index = InitiativeIndexPageFactory(parent=demo_site)
    page = initiative(index, Municipality.objects.get(name_nl="Gent"), title="Buddy Gent")

    def proposal(state, **moments):
        return Proposal.objects.create(
            initiative=page, candidate=CandidateFactory(), state=state, **moments
        )

    proposal("proposed", sent_at=IN_Q3)
    proposal("volunteer_declined", sent_at=IN_Q3)
    proposal("active", sent_at=BEFORE_Q3, local_decided_at=IN_Q3)
    proposal("ended", sent_at=BEFORE_Q3, local_decided_at=IN_Q3, ended_at=IN_Q3)
    proposal("local_declined", sent_at=IN_Q3, local_decided_at=IN_Q3)  # not a match
    proposal("ended", sent_at=BEFORE_Q3, local_decided_at=BEFORE_Q3, ended_at=AFTER_Q3)
    proposal("suggested")  # never sent

    assert counts(buddy_figures.buddy_matches) == {"proposed": 3, "started": 2, "ended": 1}


# --- taalhulp pool ------------------------------------------------------------------------


def test_language_help_requests_answered_and_unanswered_in_the_quarter():
    def asked(status, when=IN_Q3, answered=None):
        request = HelpRequestFactory(status=status, answered_at=answered)
        HelpRequest.objects.filter(pk=request.pk).update(created_at=when)

    asked("accepted", answered=IN_Q3)
    asked("completed", answered=IN_Q3)
    asked("completed", answered=AFTER_Q3)  # asked in the quarter, answered after: answered
    asked("unanswered")
    asked("open")  # neither
    asked("cancelled")  # neither
    asked("unanswered", when=BEFORE_Q3)  # another quarter

    assert counts(pool_figures.language_help_requests) == {"answered": 3, "unanswered": 1}


# --- newsletter ---------------------------------------------------------------------------


def test_newsletter_subscribers_at_the_end_and_new_in_the_quarter():
    for moment in [BEFORE_Q3, BEFORE_Q3, IN_Q3, AFTER_Q3]:
        SubscriberFactory(confirmed_at=moment)
    SubscriberFactory(status=Subscriber.Status.PENDING, confirmed_at=None)

    assert counts(newsletter_figures.newsletter_subscribers) == {"subscribed": 3, "new": 1}
