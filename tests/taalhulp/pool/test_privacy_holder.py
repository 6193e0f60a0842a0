"""The data page finds, exports and erases a language helper's record by e-mail address."""

import pytest

from portal.models import AuditEvent
from portal.privacy import holders
from taalhulp.pool.factories import HelpRequestFactory, TrainingSessionFactory
from taalhulp.pool.models import Proposal, TrainingSignup, Unavailability
from taalhulp.pool.services.erasure import anonymise
from tests.taalhulp.pool.pool_world import (
    DESCRIPTION,
    EMAIL,
    NAME,
    PHONE,
    distinctive_request,
    distinctive_volunteer,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def volunteer():
    volunteer = distinctive_volunteer()
    Unavailability.objects.create(
        volunteer=volunteer, first_day="2026-12-20", last_day="2027-01-03"
    )
    TrainingSignup.objects.create(session=TrainingSessionFactory(), volunteer=volunteer)
    Proposal.objects.create(request=distinctive_request(), volunteer=volunteer, status="sent")
    return volunteer


def test_the_holder_is_registered_after_the_interpreter_register():
    kinds = holders.kinds()
    assert kinds.index("language_helper") == kinds.index("interpreter_register") + 1


def test_the_summary_finds_the_record_by_address_in_any_case(volunteer):
    assert holders.summary(EMAIL.upper())["language_helper"] == 1
    assert holders.summary("someone.else@example.org")["language_helper"] == 0


def test_the_export_has_the_volunteer_their_week_and_proposals_without_descriptions(volunteer):
    data = holders.export(EMAIL)["language_helper"]
    assert len(data) == 1
    record = data[0]
    assert (record["name"], record["email"], record["phone"]) == (NAME, EMAIL, PHONE)
    assert len(record["weekly_slots"]) == 5
    assert record["days_off"] == [{"from": "2026-12-20", "until": "2027-01-03"}]
    assert record["trainings"][0]["attended"] is None
    assert record["proposals"][0]["status"] == "sent"
    assert DESCRIPTION not in str(data)


def test_erasure_anonymises_and_withdraws_open_proposals(volunteer):
    assert holders.erase(EMAIL, ["language_helper"]) == {"language_helper": 1}
    volunteer.refresh_from_db()
    assert volunteer.status == "anonymised" and volunteer.anonymised_at
    assert (volunteer.name, volunteer.phone, volunteer.postcode) == ("", "", "")
    assert EMAIL not in volunteer.email
    assert volunteer.latitude is None and not volunteer.slots.exists()
    assert not volunteer.unavailabilities.exists()
    assert volunteer.proposals.get().status == "withdrawn"
    # Kept for the figures: kind and languages.
    assert volunteer.kind == "taalhulp" and volunteer.languages
    assert holders.summary(EMAIL)["language_helper"] == 0
    assert AuditEvent.objects.filter(
        action="taalhulpen.volunteer_anonymised", object_id=volunteer.pk
    ).exists()


def test_anonymise_twice_changes_nothing_more(volunteer):
    anonymise(volunteer)
    before = AuditEvent.objects.count()
    anonymise(volunteer)
    assert AuditEvent.objects.count() == before


def test_an_accepted_proposal_stays_accepted():
    volunteer = distinctive_volunteer()
    proposal = Proposal.objects.create(
        request=HelpRequestFactory(), volunteer=volunteer, status="accepted"
    )
    anonymise(volunteer)
    proposal.refresh_from_db()
    assert proposal.status == "accepted"
