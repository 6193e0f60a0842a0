"""One person with every kind of personal data: a buddy, a subscriber, searches, an interpreter."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass

from buddy.factories import CandidateFactory
from portal.models import OutboxEmail
from search.alerts.models import SavedSearch
from taalhulp.pool.factories import VolunteerFactory
from taalhulp.register.models import Interpreter
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
    Interpreter.objects.create(  # also a certified interpreter, with contact details
        certificate_number="ST-" + hashlib.sha256(email.encode()).hexdigest()[:8].upper(),
        name=name,
        languages=["ar"],
        remote=True,
        email=email,
        phone=PHONE,
        valid_from=dt.date(2024, 1, 1),
        valid_until=dt.date(2099, 12, 31),
        public_fields=["name", "phone"],
    )
    # And a language helper in the volunteer pool.
    VolunteerFactory(name=name, email=email, phone=PHONE)
    return Person(candidate, subscriber, searches, email)


def link_in(message: OutboxEmail) -> str:
    """The path of the first link in an e-mail."""
    return re.search(r"https?://[^/\s]+(/\S+)", message.body_text).group(1)
