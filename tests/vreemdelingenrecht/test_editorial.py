"""Editorial safeguards: review reminders, the moderation workflow, and site search coverage."""

import datetime as dt

import pytest
from django.conf import settings
from wagtail.models import Site

from portal.models import OutboxEmail
from search.services import site_search
from vreemdelingenrecht.models import LegalSettings
from vreemdelingenrecht.permissions import REVIEWERS_GROUP, WORKFLOW_NAME
from vreemdelingenrecht.reminders import CATEGORY, review_reminders_send


@pytest.fixture
def reminder_settings(legal_tree):
    config = LegalSettings.for_site(Site.objects.get(is_default_site=True))
    config.review_after_days = 90
    config.reminder_email = "redactie@example.org"
    config.save()
    return config


def test_a_page_not_reviewed_in_time_gets_one_reminder(legal_tree, reminder_settings):
    page = legal_tree["page"]
    page.last_reviewed = dt.date(2026, 1, 1)
    page.save_revision().publish()
    today = dt.date(2026, 4, 15)  # 104 days later
    assert review_reminders_send(today=today) == {"due": 1, "queued": 1}
    message = OutboxEmail.objects.get(category=CATEGORY)
    assert message.to == "redactie@example.org"
    assert "Gezinshereniging" in message.subject
    assert f"/admin/pages/{page.pk}/edit/" in message.body_text
    # The beat job runs daily: the same page and review date never gets a second e-mail.
    assert review_reminders_send(today=today + dt.timedelta(days=1)) == {"due": 1, "queued": 0}
    assert OutboxEmail.objects.filter(category=CATEGORY).count() == 1


def test_a_reviewed_page_gets_no_reminder(legal_tree, reminder_settings):
    page = legal_tree["page"]
    page.last_reviewed = dt.date(2026, 3, 1)
    page.save_revision().publish()
    assert review_reminders_send(today=dt.date(2026, 4, 15)) == {"due": 0, "queued": 0}


def test_the_period_is_configurable(legal_tree, reminder_settings):
    page = legal_tree["page"]
    page.last_reviewed = dt.date(2026, 3, 1)
    page.save_revision().publish()
    reminder_settings.review_after_days = 30
    reminder_settings.save()
    assert review_reminders_send(today=dt.date(2026, 4, 15))["due"] == 1


def test_reminders_run_daily_from_beat():
    entry = settings.CELERY_BEAT_SCHEDULE["vreemdelingenrecht-review-reminders"]
    assert entry["task"] == "vreemdelingenrecht.tasks.send_review_reminders"


def test_legal_pages_go_through_the_legal_review_workflow(legal_tree):
    workflow = legal_tree["page"].get_workflow()
    assert workflow is not None and workflow.name == WORKFLOW_NAME
    task = workflow.workflow_tasks.get().task.specific
    assert [g.name for g in task.groups.all()] == [REVIEWERS_GROUP]
    assert legal_tree["ruling"].get_workflow() == workflow


def test_editing_keeps_revision_history(legal_tree):
    page = legal_tree["page"]
    before = page.revisions.count()
    page.intro = "Nieuwe inleiding."
    page.save_revision()
    assert page.revisions.count() == before + 1
    page.refresh_from_db()
    assert page.has_unpublished_changes


def test_site_search_finds_the_topic_page(legal_tree, settings):
    settings.SEARCH = {**settings.SEARCH, "URL": ""}
    from django.core.management import call_command

    call_command("update_index", verbosity=0)
    outcome = site_search(text="gezinshereniging", language="nl")
    assert legal_tree["page"].url in [hit.url for hit in outcome.hits]
