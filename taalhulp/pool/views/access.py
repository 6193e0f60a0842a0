"""Links by e-mail: confirm a registration, ask for a link, open the volunteer's own page."""

from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from portal.ratelimit import rate_limited, throttle
from portal.selfservice_forms import LinkRequestForm
from taalhulp.pool.models import Volunteer
from taalhulp.pool.services import links
from taalhulp.pool.services import volunteers as volunteer_services
from taalhulp.pool.views.session import open_session

TEMPLATES = "taalhulpen/volunteers/"


def _use_link(request, token, purpose=None):
    """GET shows a button and uses nothing, because mail scanners open links; the POST of
    that button uses the link (once) and opens the volunteer's page."""
    try:
        if request.method != "POST":
            _volunteer, found = links.check(token, purpose=purpose)
            return render(request, TEMPLATES + "link_continue.html", {"purpose": found})
        volunteer, found = links.redeem(token, purpose=purpose)
    except links.LinkError as error:
        return render(request, TEMPLATES + "link_invalid.html", {"code": error.code}, status=400)
    if found == "confirm" and volunteer.status == Volunteer.Status.UNCONFIRMED:
        volunteer_services.confirm(volunteer)
    else:
        volunteer_services.touch(volunteer)
    open_session(request, volunteer)
    return redirect("taalhulpen:me")


@throttle("link-open")
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    return _use_link(request, token, purpose="confirm")


@throttle("link-open")
@require_http_methods(["GET", "POST"])
def link_open(request, token):
    return _use_link(request, token)


@require_http_methods(["GET", "POST"])
def link_request(request):
    form = LinkRequestForm(request.POST or None)
    if request.method == "POST":
        email = request.POST.get("email", "")
        if rate_limited(request, "taalhulpen-link", "5/m", identifier=email):
            context = {"form": form, "rate_limited": True}
            return render(request, TEMPLATES + "link_request.html", context, status=429)
        if form.is_valid():
            # Same answer whether or not we know the address: the form reveals nobody.
            volunteer_services.send_link(form.cleaned_data["email"])
            return render(request, TEMPLATES + "link_sent.html")
    return render(request, TEMPLATES + "link_request.html", {"form": form})
