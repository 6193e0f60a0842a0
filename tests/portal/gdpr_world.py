"""One person with every kind of personal data: a candidate buddy, a subscriber, saved searches."""

from __future__ import annotations

import re
from dataclasses import dataclass

from buddy.factories import CandidateFactory
from portal.models import OutboxEmail
from search.alerts.models import SavedSearch
from vreemdelingenrecht.nieuwsbrief.factories import SubscriberFactory

EMAIL = "fatima.el-amrani@example.org"
NAME = "Fatima El Amrani"
PHONE = "0471234567"


@dataclass
class Person:
    candidate: object
    subscriber: object
    searches: list
    email: str = EMAIL


def person(email: str = EMAIL, name: str = NAME) -> Person:
    candidate = CandidateFactory(
        name=name, email=email, phone=PHONE, motivation="Ik woon sinds 2019 in Gent."
    )
    subscriber = SubscriberFactory(email=email)
    searches = [
        SavedSearch.objects.create(email=email, query="q=taal", language="nl"),
        SavedSearch.objects.create(email=email, query="q=sport&place=9000", language="nl"),
    ]
    OutboxEmail.objects.create(
        to=email, subject="Welkom", body_text="Hallo", language="nl", category="test"
    )
    return Person(candidate, subscriber, searches, email)


def link_in(message: OutboxEmail) -> str:
    """The path of the first link in an e-mail."""
    return re.search(r"https?://[^/\s]+(/\S+)", message.body_text).group(1)
