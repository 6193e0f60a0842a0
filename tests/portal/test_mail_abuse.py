"""Mails that strangers can trigger: no name until the address is confirmed, no links or line
breaks from typed text, and at most one mail per mailbox and hour (+tags count as one)."""

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation

from buddy.factories import CandidateFactory
from buddy.models import Candidate
from buddy.services import candidates as candidate_services
from portal.models import OutboxEmail
from portal.privacy.ledger import normalise
from portal.selfservice_forms import LinkRequestForm
from search.alerts import services as alerts
from tests.buddy.forms_data import registration
from tests.portal.gdpr_world import person

pytestmark = pytest.mark.django_db

EVIL_NAME = (
    "Bob\r\nYour account is blocked. Log in at http://evil.example/login or www.evil.example"
)


@pytest.fixture
def places(db):
    call_command("load_places", verbosity=0, stdout=open("/dev/null", "w"))  # noqa: SIM115


@pytest.fixture(autouse=True)
def fresh_limits(settings):
    settings.SPAM_MIN_SECONDS = 0
    settings.UNCONFIRMED_MAIL_SECONDS = 3600  # the production value (0 in other tests)
    cache.clear()
    yield
    cache.clear()


@pytest.mark.parametrize(
    "typed, shown",
    [
        ("Sara Peeters", "Sara Peeters"),
        ("Sara\nPeeters", "Sara Peeters"),
        ("Bob\r\nClick http://evil.example/x", "Bob Click"),
        ("Bob www.evil.example", "Bob"),
        ("Bob evil.example/pay", "Bob"),
        ("Bob (evil.be)", "Bob"),
        ("Bob mail me: bob@evil.example", "Bob mail me:"),
        ("Bob\u202eelpmaxe", "Bob elpmaxe"),  # no right-to-left override
        ("فاطمة الزهراء", "فاطمة الزهراء"),
        ("J.R.R. Tolkien", "J.R.R. Tolkien"),
        ("Ана-Марія Коваль", "Ана-Марія Коваль"),
    ],
)
def test_typed_text_goes_into_mails_as_one_line_without_links(typed, shown):
    from portal.mail_safety import plain_text

    assert plain_text(typed) == shown


def test_the_counting_key_joins_case_and_plus_variants_of_one_mailbox():
    from portal.mail_safety import counting_key

    assert counting_key("Ana+news@Example.ORG ") == "ana@example.org"
    assert counting_key("ana+1+2@example.org") == "ana@example.org"
    assert counting_key("ana@example.org") == "ana@example.org"
    assert counting_key("anna@example.org") == "anna@example.org"


def link_request(email: str) -> dict:
    """The magic-link form as a person sends it: a timer token of its own for each post."""
    return {"website": "", "form_started": LinkRequestForm.new_timer_token(), "email": email}


def _mails(category):
    return list(OutboxEmail.objects.filter(category=category).order_by("pk"))


def test_a_registration_mail_greets_neutrally_and_never_shows_the_typed_name(places):
    candidate_services.register(
        registration(name=EVIL_NAME, email="victim@example.org"), language="en"
    )
    [mail] = _mails("buddy-confirm")
    assert mail.body_text.startswith("Hello,\n")
    for part in ("Bob", "evil.example", "blocked"):
        assert part not in mail.body_text and part not in mail.subject


def test_a_link_for_an_unconfirmed_registration_greets_neutrally(client, places):
    CandidateFactory(
        name=EVIL_NAME,
        email="victim@example.org",
        status=Candidate.Status.UNCONFIRMED,
        confirmed_at=None,
        language="en",
    )
    client.post(reverse("buddy:link_request"), link_request("victim@example.org"))
    [mail] = _mails("buddy-link")
    assert mail.body_text.startswith("Hello,\n") and "evil.example" not in mail.body_text


def test_a_confirmed_volunteer_is_greeted_by_name_without_links(client, places):
    CandidateFactory(
        name="Sara\nwww.evil.example",
        email="sara@example.org",
        confirmed_at=timezone.now(),
        language="en",
    )
    client.post(reverse("buddy:link_request"), link_request("sara@example.org"))
    [mail] = _mails("buddy-link")
    assert mail.body_text.startswith("Hello Sara,\n") and "evil" not in mail.body_text


def test_registering_again_and_again_mails_one_mailbox_once_an_hour(places):
    for email in ("victim@example.org", "Victim+1@example.org", "victim+2@EXAMPLE.org"):
        candidate_services.register(registration(email=email), language="en")
    candidate_services.register(registration(email="victim@example.org"), language="en")
    assert len(_mails("buddy-confirm")) == 1
    candidate_services.register(registration(email="other@example.org"), language="en")
    assert len(_mails("buddy-confirm")) == 2


def test_magic_link_requests_mail_once_an_hour_with_the_same_answer(client, places):
    CandidateFactory(email="sara@example.org", confirmed_at=timezone.now())
    answers = [
        client.post(reverse("buddy:link_request"), link_request(email))
        for email in ("sara@example.org", "SARA@example.org", "nobody@example.org")
    ]
    assert {a.status_code for a in answers} == {200}
    assert len({a.content for a in answers}) == 1
    assert len(_mails("buddy-link")) == 1


def _form_started(client, name):
    return client.get(reverse(name)).context["form"]["form_started"].initial


def test_newsletter_sign_ups_mail_a_mailbox_once_an_hour(client, db):
    from vreemdelingenrecht.factories import TopicFactory

    topic = TopicFactory(name="Werk", slug="werk")
    url = reverse("newsletter_subscribe")
    answers = []
    for email in ("ana@example.org", "Ana+x@example.org", "ana+y@example.org", "ana@example.org"):
        data = {"email": email, "topics": [topic.pk], "website": ""}
        data["form_started"] = _form_started(client, "newsletter_subscribe")
        answers.append(client.post(url, data))
    assert {(a.status_code, a.url) for a in answers} == {(302, reverse("newsletter_check_mail"))}
    assert len(_mails("newsletter-confirm")) == 1


def test_data_page_links_mail_a_mailbox_once_an_hour_with_the_same_answer(client):
    someone = person()
    local, domain = someone.email.split("@")
    answers = []
    for email in (someone.email, f"{local}+1@{domain}", someone.email.upper()):
        data = {
            "email": email,
            "website": "",
            "form_started": _form_started(client, "privacy:request"),
        }
        answers.append(client.post(reverse("privacy:request"), data))
    assert {a.status_code for a in answers} == {200}
    assert len({a.content for a in answers}) == 1
    [mail] = _mails("privacy-link")
    assert mail.to == normalise(someone.email)


def test_a_saved_search_confirmation_shows_no_link_from_the_typed_words(db):
    with translation.override("en"):
        alerts.subscribe(
            email="victim@example.org",
            query="q=prize+at+http%3A%2F%2Fevil.example%0Aclaim+www.evil.example",
            language="en",
        )
    [mail] = _mails("search_alerts")
    assert "evil.example" not in mail.body_text and "prize" in mail.body_text
