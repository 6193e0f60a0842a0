"""The data page: ask for a link by e-mail, then see, download or erase everything we hold."""

from __future__ import annotations

import functools
import json
import time

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from portal.mail_safety import first_unconfirmed_mail
from portal.models import AuditEvent
from portal.outbox import queue_email
from portal.privacy import holders, ledger, links
from portal.privacy.forms import EraseForm, LinkRequestForm
from portal.privacy.models import ErasureRecord
from portal.ratelimit import rate_limited

SESSION_KEY = "privacy_subject"
TEMPLATES = "privacy/"


def subject_event(action: str, email: str, detail: str):
    """An access-log entry about a data subject: a keyed hash of the address, never the address."""
    return AuditEvent.objects.create(
        action=action,
        object_type="privacy.subject",
        object_id=ledger.digest(ErasureRecord.Scope.ALL, ledger.normalise(email)),
        object_repr="",
        detail=detail,
    )


def _absolute(path: str) -> str:
    return (getattr(settings, "WAGTAILADMIN_BASE_URL", "") or "http://localhost:8000").rstrip(
        "/"
    ) + path


def _link_minutes() -> int:
    return int(links.max_age().total_seconds() // 60)


def _session_minutes() -> int:
    return getattr(settings, "PRIVACY_SESSION_MINUTES", 30)


def subject_required(view):
    """A data-page session is needed; the answer is never stored by browsers or proxies."""

    @never_cache
    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        data = request.session.get(SESSION_KEY)
        if not data or data.get("until", 0) < time.time():
            request.session.pop(SESSION_KEY, None)
            return redirect("privacy:request")
        return view(request, data["e"], *args, **kwargs)

    return wrapper


@require_http_methods(["GET", "POST"])
def request_link(request):
    form = LinkRequestForm(request.POST or None)
    if request.method == "POST":
        if rate_limited(request, "privacy-link", "5/m", identifier=request.POST.get("email")):
            return render(
                request,
                TEMPLATES + "request.html",
                {"form": form, "rate_limited": True},
                status=429,
            )
        if form.is_valid():
            email = ledger.normalise(form.cleaned_data["email"])
            # Only addresses we hold data for get a mail; the page is the same either way.
            # One link an hour per mailbox, so the form cannot flood someone's inbox.
            if any(holders.summary(email).values()) and first_unconfirmed_mail("privacy", email):
                language = translation.get_language()
                with translation.override(language):
                    url = reverse("privacy:open", kwargs={"token": links.make_token(email)})
                queue_email(
                    to=email,
                    template="privacy/emails/link",
                    context={"url": _absolute(url), "minutes": _link_minutes()},
                    language=language,
                    category="privacy-link",
                )
            return render(request, TEMPLATES + "sent.html", {"minutes": _link_minutes()})
    return render(request, TEMPLATES + "request.html", {"form": form})


@require_http_methods(["GET", "POST"])
def open_link(request, token):
    """GET shows a button and uses nothing (mail scanners open links); POST uses the link."""
    try:
        if request.method == "GET":
            links.check(token)
            return render(request, TEMPLATES + "open.html")
        email = links.redeem(token)
    except links.LinkError as error:
        return render(
            request,
            TEMPLATES + "link_invalid.html",
            {"code": error.code},
            status=400 if error.code == "invalid" else 410,
        )
    request.session.cycle_key()
    request.session[SESSION_KEY] = {"e": email, "until": time.time() + _session_minutes() * 60}
    return redirect("privacy:overview")


def _held(email: str) -> list[tuple[str, str, int]]:
    labels = holders.labels()
    return [(kind, labels[kind], count) for kind, count in holders.summary(email).items() if count]


@subject_required
def overview(request, email):
    return render(request, TEMPLATES + "overview.html", {"email": email, "held": _held(email)})


@subject_required
def download(request, email):
    data = holders.export(email)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json"
    )
    response["Content-Disposition"] = (
        f'attachment; filename="wegwijs-my-data-{timezone.localdate().isoformat()}.json"'
    )
    kinds = ", ".join(kind for kind in holders.kinds() if data[kind]) or "none"
    subject_event("privacy.export", email, f"self-service download; kinds: {kinds}")
    return response


@subject_required
@require_http_methods(["GET", "POST"])
def erase(request, email):
    held = _held(email)
    form = EraseForm(request.POST or None, kinds=[(kind, label) for kind, label, _count in held])
    if request.method == "POST" and form.is_valid():
        counts = holders.erase(email, form.cleaned_data["kinds"])
        detail = "; ".join(f"{kind}={count}" for kind, count in counts.items())
        subject_event("privacy.erased", email, f"self-service erasure; {detail}")
        if not any(holders.summary(email).values()):
            request.session.pop(SESSION_KEY, None)
        return render(request, TEMPLATES + "erased.html", {"counts": counts})
    return render(request, TEMPLATES + "erase.html", {"form": form, "held": held})


@require_POST
def leave(request):
    request.session.pop(SESSION_KEY, None)
    return redirect("privacy:request")
