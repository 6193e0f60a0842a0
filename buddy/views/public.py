"""Registration with double opt-in, the confirmation link and asking for a magic link."""

from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from buddy import conf
from buddy.models import Candidate
from buddy.services import candidates as candidate_services
from buddy.services import emails, links
from buddy.views.session import open_session
from portal.mail_safety import first_unconfirmed_mail
from portal.ratelimit import rate_limited, throttle
from portal.selfservice_forms import LinkRequestForm


def _too_many(request, template, context):
    return render(request, template, {**context, "rate_limited": True}, status=429)


def register_done(request):
    return render(request, "buddy/register_done.html", {"days": conf.get("BUDDY_UNCONFIRMED_DAYS")})


def privacy(request):
    return render(request, "buddy/privacy.html", {"version": conf.get("BUDDY_PRIVACY_VERSION")})


def _use_link(request, token, purpose=None):
    """GET shows a button and uses nothing, because mail scanners open links; the POST of
    that button uses the link (once) and opens the volunteer's page."""
    try:
        if request.method != "POST":
            _candidate, found = links.check(token, purpose=purpose)
            return render(request, "buddy/link_continue.html", {"purpose": found})
        candidate, found = links.redeem(token, purpose=purpose)
    except links.LinkError as error:
        return render(request, "buddy/link_invalid.html", {"code": error.code}, status=400)
    if found == "confirm" and candidate.status == Candidate.Status.UNCONFIRMED:
        candidate_services.confirm(candidate)
    else:
        candidate_services.touch(candidate)
    open_session(request, candidate)
    return redirect("buddy:me")


@throttle("link-open")
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    return _use_link(request, token, purpose="confirm")


@require_http_methods(["GET", "POST"])
def link_request(request):
    form = LinkRequestForm(request.POST or None)
    if request.method == "POST":
        email = request.POST.get("email", "")
        if rate_limited(request, "buddy-link", "5/m", identifier=email):
            return _too_many(request, "buddy/link_request.html", {"form": form})
        if form.is_valid():
            # Same answer whether or not we know the address: the form reveals nobody.
            candidate = (
                Candidate.objects.filter(email=form.cleaned_data["email"].strip().lower())
                .exclude(status=Candidate.Status.ANONYMISED)
                .first()
            )
            # One mail an hour per mailbox: the form cannot be used to flood someone.
            if candidate is not None and first_unconfirmed_mail("buddy", candidate.email):
                url = (
                    links.confirm_url(candidate)
                    if candidate.status == Candidate.Status.UNCONFIRMED
                    else links.magic_url(candidate)
                )
                emails.to_candidate(candidate, "link", {"url": emails.absolute(url)})
            return render(request, "buddy/link_sent.html")
    return render(request, "buddy/link_request.html", {"form": form})


@throttle("link-open")
@require_http_methods(["GET", "POST"])
def link_open(request, token):
    return _use_link(request, token)
