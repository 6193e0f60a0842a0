"""The pool's demo data: marked as demo, the right amounts, idempotent, a summary printed."""

import pytest
from django.urls import reverse
from wagtail.models import Site

from portal import demo_steps
from taalhulp.models import LanguageHelpSettings
from taalhulp.pool import demo
from taalhulp.pool.demo import plan
from taalhulp.pool.models import (
    HelpRequest,
    LocalService,
    Proposal,
    TrainingSignup,
    Volunteer,
    Wave,
)

pytestmark = pytest.mark.django_db


def test_the_demo_step_comes_after_the_content_it_uses_with_position_80():
    steps = demo_steps.steps()
    index = [step.builder for step in steps].index("taalhulp.pool.demo.generate")
    assert steps[index].position == 80
    # Only the figures' demo comes later: it counts what the steps before it made.
    assert {step.label.split(":")[0] for step in steps[index + 1 :]} <= {"search", "kerncijfers"}


def test_the_demo_builds_a_marked_pool_and_again_replaces_it(capsys):
    assert demo.generate(seed=3) == demo.VOLUNTEERS
    summary = capsys.readouterr().out
    assert "200 volunteers" in summary and "heavy ones refused" in summary
    assert "unanswered by reason: " in summary and "certified_interpreter" in summary
    volunteers = Volunteer.objects.all()
    assert volunteers.count() == 200
    assert all(email.endswith(demo.DOMAIN) for email in volunteers.values_list("email", flat=True))
    assert all(name.startswith("Demo ") for name in volunteers.values_list("name", flat=True))
    kinds = set(volunteers.values_list("kind", flat=True))
    assert kinds == {"taalhulp", "crisistolk"}
    assert volunteers.filter(kind="crisistolk", remote_only=False).count() == 0
    first = [entry[0]["code"] for entry in volunteers.values_list("languages", flat=True)]
    assert first.count("uk") > first.count("tr") > 0
    assert LocalService.objects.filter(name__startswith=demo.SERVICE_PREFIX).count() == 15
    # Next week's requests: the demo's matching run proposed volunteers for some of them.
    upcoming = HelpRequest.objects.filter(status__in=["open", "proposed"])
    assert upcoming.count() == demo.REQUESTS
    proposed = upcoming.filter(status="proposed").count()
    assert 0 < proposed == Proposal.objects.filter(status="proposed").count()
    assert upcoming.filter(status="open").exclude(unanswered_reason="").exists()
    assert not upcoming.filter(difficulty="heavy").exists()  # refused by the form, not stored
    assert set(upcoming.values_list("mode", flat=True)) == {"remote", "onsite", "phone"}
    assert HelpRequest.objects.exclude(status__in=["open", "proposed"]).count() == (
        demo.PAST_REQUESTS
    )
    wave = Wave.objects.get()
    assert wave.is_open and wave.language == "uk"
    session = wave.trainings.get()
    signups = TrainingSignup.objects.filter(session=session)
    assert signups.count() == volunteers.filter(wave=wave).count() > 0
    # The decision aid's "ask for a language helper" route now leads to the request form.
    links = LanguageHelpSettings.for_site(Site.objects.get(is_default_site=True))
    assert links.helper_request_url == reverse("taalhulpen_helprequest:add")
    demo.generate(seed=3)
    assert Volunteer.objects.count() == 200 and Wave.objects.count() == 1
    assert HelpRequest.objects.count() == demo.REQUESTS + demo.PAST_REQUESTS


def test_the_plan_has_15_services_and_weighted_languages():
    assert len(plan.SERVICE_NAMES) == 15
    weights = dict(plan.LANGUAGE_WEIGHTS)
    assert weights["uk"] > weights["ar"] > weights["tr"]
