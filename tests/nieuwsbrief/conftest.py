"""Newsletter fixtures: topics, recent and old news, subscribers, and a signed form start."""

import datetime as dt

import pytest
from django.utils import timezone, translation
from django.utils.text import slugify

from vreemdelingenrecht.factories import (
    LegalIndexPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    TopicFactory,
)
from vreemdelingenrecht.nieuwsbrief.factories import SubscriberFactory


@pytest.fixture(autouse=True)
def no_spam_delay(settings):
    settings.SPAM_MIN_SECONDS = 0


@pytest.fixture
def topics(db):
    return {
        "family": TopicFactory(name="Gezinshereniging", slug="gezinshereniging"),
        "work": TopicFactory(name="Werk", slug="werk"),
        "asylum": TopicFactory(name="Asiel", slug="asiel"),
    }


def make_news(index, title, days_ago, topic_list, **extra):
    with translation.override("nl"):
        page = NewsPageFactory(
            parent=index,
            title=title,
            slug=slugify(title),
            date=timezone.localdate() - dt.timedelta(days=days_ago),
            **extra,
        )
        page.topics.set(topic_list)
        page.save_revision().publish()
    return page


@pytest.fixture
def news(demo_site, topics):
    with translation.override("nl"):
        legal = LegalIndexPageFactory(parent=demo_site)
        index = NewsIndexPageFactory(parent=legal)
    return {
        "family": make_news(
            index,
            "Nieuwe regels gezinshereniging",
            3,
            [topics["family"]],
            title_uk="Нові правила возз’єднання сім’ї",
        ),
        "work": make_news(index, "Gecombineerde vergunning vernieuwd", 10, [topics["work"]]),
        "general": make_news(index, "Helpdesk gesloten op feestdag", 5, []),
        "old": make_news(index, "Oud nieuws over gezinshereniging", 200, [topics["family"]]),
    }


@pytest.fixture
def subscriber_with():
    def make(email, topic_list, language="nl"):
        return SubscriberFactory(email=email, language=language, topics=list(topic_list))

    return make


def form_data(**fields) -> dict:
    from vreemdelingenrecht.nieuwsbrief.forms import SubscribeForm

    return {"form_started": SubscribeForm.new_timer_token(), "website": "", **fields}
