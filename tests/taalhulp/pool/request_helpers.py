"""People and data shared by the request tests: service members, a coordinator, form data."""

import datetime as dt

from django.contrib.auth import get_user_model
from django.utils import timezone

from taalhulp.pool.permissions import coordinators_ensure


def member(username: str, *services):
    """A user who asks for language help for these services."""
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "x" * 16)
    user.groups.add(*(service.members for service in services))
    return user


def coordinator(username: str = "coordinator"):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "x" * 16)
    user.groups.add(coordinators_ensure())
    return user


def form_data(**changes) -> dict:
    """A routine remote request in Ukrainian, a week from now at 10:00."""
    day = timezone.localdate() + dt.timedelta(days=7)
    data = {
        "language": "uk",
        "kind": "any",
        "mode": "remote",
        "postcode": "",
        "date": day.isoformat(),
        "start": "10:00",
        "minutes": "60",
        "conversation_kind": "administrative",
        "stakes": "low",
        "timing": "can_wait",
        "dutch": "none",
        "description": "Uitleg over een formulier van de gemeente.",
    }
    data.update(changes)
    return data
