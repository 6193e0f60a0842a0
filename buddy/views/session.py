"""The volunteer's short self-service session, opened by a magic link."""

from __future__ import annotations

import functools
import time

from django.shortcuts import redirect
from django.views.decorators.cache import never_cache

from buddy import conf
from buddy.models import Candidate

KEY = "buddy_candidate"


def open_session(request, candidate: Candidate) -> None:
    request.session.cycle_key()
    request.session[KEY] = {
        "pk": candidate.pk,
        "until": time.time() + conf.get("BUDDY_SESSION_MINUTES") * 60,
    }


def close_session(request) -> None:
    request.session.pop(KEY, None)


def current(request) -> Candidate | None:
    data = request.session.get(KEY)
    if not data or data.get("until", 0) < time.time():
        return None
    return (
        Candidate.objects.exclude(status=Candidate.Status.ANONYMISED).filter(pk=data["pk"]).first()
    )


def volunteer_required(view):
    """The volunteer's session is needed; the answer holds personal data, so browsers and
    proxies never store it (never_cache: no-store, private)."""

    @never_cache
    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        candidate = current(request)
        if candidate is None:
            return redirect("buddy:link_request")
        return view(request, candidate, *args, **kwargs)

    return wrapper
