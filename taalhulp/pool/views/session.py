"""The volunteer's short self-service session, opened by a magic link."""

from __future__ import annotations

import functools
import time

from django.shortcuts import redirect
from django.views.decorators.cache import never_cache

from taalhulp.pool.models import Volunteer
from taalhulp.pool.services.links import setting

KEY = "taalhulpen_volunteer"


def open_session(request, volunteer: Volunteer) -> None:
    request.session.cycle_key()
    request.session[KEY] = {
        "pk": volunteer.pk,
        "until": time.time() + setting("TAALHULP_SESSION_MINUTES") * 60,
    }


def close_session(request) -> None:
    request.session.pop(KEY, None)


def current(request) -> Volunteer | None:
    data = request.session.get(KEY)
    if not data or data.get("until", 0) < time.time():
        return None
    return (
        Volunteer.objects.exclude(status=Volunteer.Status.ANONYMISED).filter(pk=data["pk"]).first()
    )


def volunteer_required(view):
    """The volunteer's session is needed; the answer holds personal data, so browsers and
    proxies never store it (never_cache: no-store, private)."""

    @never_cache
    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        volunteer = current(request)
        if volunteer is None:
            return redirect("taalhulpen:link_request")
        return view(request, volunteer, *args, **kwargs)

    return wrapper
