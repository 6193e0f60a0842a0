"""Shared helpers of the matching workflow tests: users, the outbox, answer links."""

import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from portal.models import OutboxEmail
from taalhulp.pool.permissions import COORDINATORS_GROUP, coordinators_ensure


def coordinator(username: str = "cora"):
    coordinators_ensure()
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "x" * 16)
    user.groups.add(Group.objects.get(name=COORDINATORS_GROUP))
    return user


def outbox(category: str | None = None, to: str | None = None) -> list[OutboxEmail]:
    qs = OutboxEmail.objects.order_by("pk")
    if category:
        qs = qs.filter(category=category)
    if to:
        qs = qs.filter(to=to)
    return list(qs)


def answer_path(message: OutboxEmail) -> str:
    """The path of the answer link in an e-mail."""
    return re.search(r"https?://[^/\s]+(/\S+/proposal/\S+/)", message.body_text).group(1)
