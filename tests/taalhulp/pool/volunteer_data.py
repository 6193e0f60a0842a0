"""Shared helpers of the volunteer tests: a valid registration, the outbox, URLs, links in mails."""

import re

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation

from portal.models import OutboxEmail


@pytest.fixture
def fresh_limits(settings):
    """Rate-limit counters live in the cache; spam timing is tested on its own."""
    cache.clear()
    settings.SPAM_MIN_SECONDS = 0
    yield
    cache.clear()


def url(name, lang="nl", **kwargs):
    with translation.override(lang):
        return reverse(f"taalhulpen:{name}", kwargs=kwargs or None)


def registration(**changes) -> dict:
    from taalhulp.pool.forms.volunteers import RegistrationForm

    data = {
        "name": "Olena Koval",
        "email": "olena@example.org",
        "phone": "",
        "kind": "taalhulp",
        "postcode": "9000",
        "language_1": "uk",
        "level_1": "native",
        "language_2": "ru",
        "level_2": "C1",
        "dutch_level": "B2",
        "modes": ["onsite", "remote"],
        "max_km": "20",
        "max_per_week": "2",
        "day_1": "1",
        "from_1": "18:00",
        "until_1": "21:00",
        "day_2": "5",
        "from_2": "09:00",
        "until_2": "12:00",
        "off_first_1": "2027-07-01",
        "off_last_1": "2027-07-15",
        "adult": "on",
        "consent": "on",
        "website": "",
        "form_started": RegistrationForm.new_timer_token(),
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def outbox(category=None, to=None):
    qs = OutboxEmail.objects.order_by("pk")
    if category:
        qs = qs.filter(category=category)
    if to:
        qs = qs.filter(to=to)
    return list(qs)


def link_in(mail) -> str:
    return re.search(r"https?://[^/]+(/\S+)", mail.body_text).group(1)
