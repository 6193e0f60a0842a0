"""The volunteer answers a proposal by e-mailed link: the page shows it, a button says yes or no."""

from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from portal.ratelimit import throttle
from taalhulp.pool.services import proposal_emails
from taalhulp.pool.services import proposals as services

ANSWERS = {"accept": services.accept, "decline": services.decline}


def _invalid(request, code: str):
    return render(request, "taalhulpen/proposals/link_invalid.html", {"code": code}, status=400)


@never_cache  # a page reached by a personal link: never stored by browsers or proxies
@throttle("link-open")
@require_http_methods(["GET", "POST"])
def answer(request, token):
    """GET only shows the proposal, because mail scanners open links; the POST answers, once."""
    try:
        proposal = services.proposal_for_token(token)
    except services.LinkError as error:
        return _invalid(request, error.code)
    if request.method == "POST":
        action = ANSWERS.get(request.POST.get("answer", ""))
        if action is not None:
            try:
                action(proposal)
            except services.ProposalStateError:
                return _invalid(request, "used")
            return render(
                request,
                "taalhulpen/proposals/answered.html",
                {"accepted": action is services.accept},
            )
    help_request = proposal.request
    return render(
        request,
        "taalhulpen/proposals/answer.html",
        {
            "proposal": proposal,
            "help_request": help_request,
            "language_name": proposal_emails.language_label(help_request.language),
            # The municipality only: never the street or the client.
            "place": help_request.municipality or help_request.postcode,
            "unknown_answer": request.method == "POST",
        },
    )
