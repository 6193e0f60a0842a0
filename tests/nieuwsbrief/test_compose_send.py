"""Composing an issue from recent news, preview, test send, and sending per topic."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.utils import translation

from portal.models import OutboxEmail
from vreemdelingenrecht.nieuwsbrief import sending
from vreemdelingenrecht.nieuwsbrief.admin_views import issue_url
from vreemdelingenrecht.nieuwsbrief.forms import NewsletterIssueForm, recent_news
from vreemdelingenrecht.nieuwsbrief.models import Delivery, NewsletterIssue
from vreemdelingenrecht.nieuwsbrief.permissions import MANAGERS_GROUP, managers_ensure

pytestmark = pytest.mark.django_db


@pytest.fixture
def manager(django_user_model):
    managers_ensure()
    user = django_user_model.objects.create_user("redactie", "redactie@example.org", "x" * 12)
    user.groups.add(Group.objects.get(name=MANAGERS_GROUP))
    return user


@pytest.fixture
def issue(news):
    issue = NewsletterIssue.objects.create(
        subject_nl="Nieuws van de maand", subject_uk="Новини місяця", intro_nl="Hallo!"
    )
    issue.news_items.set([news["family"], news["work"], news["general"]])
    issue.save()  # parental relations are stored on save
    return issue


def form_class():
    return NewsletterIssue.snippet_viewset.get_form_class()


def test_a_new_issue_is_prefilled_with_the_recent_news(news):
    form = form_class()(instance=NewsletterIssue())
    assert isinstance(form, NewsletterIssueForm)
    assert set(form.initial["news_items"]) == {
        news["family"].pk,
        news["work"].pk,
        news["general"].pk,
    }
    offered = set(form.fields["news_items"].queryset.values_list("pk", flat=True))
    assert news["old"].pk not in offered
    labels = [label for _value, label in form.fields["news_items"].choices]
    assert any("Gezinshereniging" in str(label) for label in labels)


def test_an_existing_issue_keeps_its_own_choice(news, issue):
    issue.news_items.set([news["old"]])
    issue.save()  # parental relations are stored on save
    form = form_class()(instance=issue)
    offered = set(form.fields["news_items"].queryset.values_list("pk", flat=True))
    assert news["old"].pk in offered
    assert "news_items" not in form.initial or list(form.initial["news_items"]) == [news["old"]]


def test_preview_in_each_language(client, manager, issue):
    client.force_login(manager)
    html = client.get(issue_url("preview", issue) + "?language=uk").content.decode()
    assert "Новини місяця" in html
    assert "Нові правила возз’єднання сім’ї" in html  # the news title in Ukrainian
    html_nl = client.get(issue_url("preview", issue)).content.decode()
    assert "Nieuws van de maand" in html_nl and "Helpdesk gesloten op feestdag" in html_nl


def test_send_a_test_to_yourself(client, manager, issue, django_capture_on_commit_callbacks):
    client.force_login(manager)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(issue_url("send_test", issue), {"language": "nl"})
    assert response.status_code == 302
    (message,) = mail.outbox
    assert message.to == ["redactie@example.org"]
    assert "TEST" in message.body
    assert not Delivery.objects.exists()
    issue.refresh_from_db()
    assert issue.status == NewsletterIssue.Status.DRAFT


def test_send_reaches_each_subscriber_once_with_only_their_topics(
    client, manager, issue, topics, subscriber_with, django_capture_on_commit_callbacks, settings
):
    settings.NEWSLETTER_BATCH_SIZE = 2
    family = subscriber_with("fam@example.org", [topics["family"]], language="uk")
    work = subscriber_with("work@example.org", [topics["work"]])
    asylum = subscriber_with("asiel@example.org", [topics["asylum"]])
    client.force_login(manager)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(issue_url("send", issue))
    assert response.status_code == 302
    issue.refresh_from_db()
    assert issue.status == NewsletterIssue.Status.SENT
    assert issue.sent_by == manager
    by_address = {m.to[0]: m for m in mail.outbox}
    assert sorted(by_address) == ["asiel@example.org", "fam@example.org", "work@example.org"]
    assert len(mail.outbox) == 3
    assert by_address["fam@example.org"].subject == "Новини місяця"
    assert "Нові правила возз’єднання сім’ї" in by_address["fam@example.org"].body
    assert "Gecombineerde vergunning" not in by_address["fam@example.org"].body
    assert "Gecombineerde vergunning" in by_address["work@example.org"].body
    # Asylum has no news this time: only the item for everyone.
    assert "Helpdesk gesloten" in by_address["asiel@example.org"].body
    assert "gezinshereniging" not in by_address["asiel@example.org"].body.lower()
    for message in mail.outbox:
        assert message.extra_headers["List-Unsubscribe"].startswith("<http")
        assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        assert "/newsletter/unsubscribe/" in message.body
    assert Delivery.objects.filter(issue=issue, status=Delivery.Status.QUEUED).count() == 3
    assert {d.subscriber_id for d in issue.deliveries.all()} == {family.pk, work.pk, asylum.pk}
    assert sending.progress(issue)["sent"] == 3

    # Sending again sends nothing.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(issue_url("send", issue))
    assert len(mail.outbox) == 3


def test_subscriber_without_matching_news_is_skipped(
    news, topics, subscriber_with, django_capture_on_commit_callbacks
):
    issue = NewsletterIssue.objects.create(subject_nl="Alleen werk")
    issue.news_items.set([news["work"]])
    issue.save()  # parental relations are stored on save
    subscriber_with("fam2@example.org", [topics["family"]])
    with django_capture_on_commit_callbacks(execute=True):
        sending.start_sending(issue)
    assert mail.outbox == []
    assert Delivery.objects.get().status == Delivery.Status.SKIPPED
    assert not OutboxEmail.objects.exists()


def test_only_people_with_the_send_permission_can_send(client, django_user_model, issue):
    user = django_user_model.objects.create_user("x", "x@example.org", "x" * 12)
    from django.contrib.auth.models import Permission

    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    refused = client.post(issue_url("send", issue))
    # Wagtail's admin turns a refusal into a redirect to the dashboard with a message.
    assert refused.status_code == 302 and refused["Location"] == "/admin/"
    with translation.override("nl"):
        issue.refresh_from_db()
    assert issue.status == NewsletterIssue.Status.DRAFT


def test_listing_offers_preview_and_send_and_the_send_page_counts(
    client, manager, issue, topics, subscriber_with
):
    subscriber_with("count@example.org", [topics["work"]])
    client.force_login(manager)
    listing = client.get("/admin/snippets/nieuwsbrief/newsletterissue/").content.decode()
    assert issue_url("preview", issue) in listing and issue_url("send", issue) in listing
    page = client.get(issue_url("send", issue))
    assert page.status_code == 200
    html = page.content.decode()
    assert "1 bevestigde abonnee krijgt deze nieuwsbrief" in html
    assert 'action="' + issue_url("send", issue) + '"' in html
    add_form = client.get("/admin/snippets/nieuwsbrief/newsletterissue/add/").content.decode()
    assert 'name="news_items"' in add_form and "checked" in add_form


def test_restricted_news_never_goes_out_in_an_issue(news, issue):
    """A news page made private after it was chosen is neither offered nor sent."""
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=news["work"], restriction_type="login")
    assert news["work"] not in recent_news()
    assert news["family"] in recent_news()
    renderer = sending.IssueRenderer(issue)
    assert news["work"] not in renderer.items
    assert news["family"] in renderer.items
