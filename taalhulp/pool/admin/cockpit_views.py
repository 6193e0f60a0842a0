"""Cockpit views: overview, run the matching, proposals with their reasons, confirm or reject."""

import functools

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from portal.audit import audit
from portal.queueing import enqueue
from taalhulp.pool.admin.cockpit_why import sentences
from taalhulp.pool.choices import UnansweredReason
from taalhulp.pool.models import HelpRequest, MatchRun, Proposal
from taalhulp.pool.permissions import is_coordinator
from taalhulp.pool.services import proposals as services
from taalhulp.pool.services.proposal_emails import language_label

# By name: services and views never import the tasks module (portal.queueing).
MATCHING_TASK = "taalhulp.pool.tasks.matching_run"


def coordinator_required(view):
    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if not is_coordinator(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


def _render(request, template, title, context):
    return TemplateResponse(
        request,
        f"taalhulpen/cockpit/{template}.html",
        {"page_title": title, "header_title": title, "header_icon": "group", **context},
    )


def _reason(code: str) -> str:
    return str(UnansweredReason(code).label) if code in UnansweredReason.values else code


@coordinator_required
def overview(request):
    """Figures only, no names: what waits, and the last runs."""
    open_requests = HelpRequest.objects.filter(status=HelpRequest.Status.OPEN).select_related(
        "service", "municipality"
    )
    shown = list(open_requests.order_by("starts_at")[:50])
    for row in shown:
        row.language_name = language_label(row.language)
    runs = list(MatchRun.objects.all()[:5])
    for run in runs:
        run.reasons = [(_reason(code), count) for code, count in sorted(run.unanswered.items())]
    return _render(
        request,
        "overview",
        _("Language help: matching"),
        {
            "open_requests": shown,
            "open_count": open_requests.count(),
            "to_confirm": Proposal.objects.filter(status=Proposal.Status.PROPOSED).count(),
            "waiting": Proposal.objects.filter(status=Proposal.Status.SENT).count(),
            "runs": runs,
        },
    )


@coordinator_required
@require_POST
def run_matching(request):
    if enqueue(MATCHING_TASK, request.user.pk):
        audit(request, "taalhulp.matching_run", detail="started from the cockpit")
        messages.success(
            request, _("The matching has started. New proposals appear below when it is done.")
        )
    else:
        messages.error(request, _("The matching could not start. Try again in a few minutes."))
    return redirect("taalhulpen_cockpit:overview")


@coordinator_required
def proposal_list(request):
    status = request.GET.get("status", Proposal.Status.PROPOSED)
    qs = Proposal.objects.select_related(
        "request", "request__service", "request__municipality", "volunteer"
    ).order_by("request__starts_at", "pk")
    if status in Proposal.Status.values:
        qs = qs.filter(status=status)
    else:
        status = ""
    # A busy week has hundreds of proposals: the coordinator works through one language.
    languages = sorted(set(qs.values_list("request__language", flat=True)))
    language = request.GET.get("language", "")
    if language in languages:
        qs = qs.filter(request__language=language)
    else:
        language = ""
    page = Paginator(qs, 50).get_page(request.GET.get("p"))
    rows = [
        {
            "proposal": proposal,
            "language_name": language_label(proposal.request.language),
            "reasons": sentences(
                proposal.why, language=proposal.request.language, mode=proposal.request.mode
            ),
        }
        for proposal in page
    ]
    # Volunteers' names are on this page: the access is logged (ids only, no names).
    shown = ",".join(str(row["proposal"].volunteer_id) for row in rows)
    audit(
        request,
        "taalhulp.proposal_list",
        detail=f"page {page.number}, status={status or 'all'}, volunteers [{shown}]",
    )
    return _render(
        request,
        "proposals",
        _("Proposals"),
        {
            "page": page,
            "rows": rows,
            "status": status,
            "statuses": Proposal.Status.choices,
            "language": language,
            "languages": [(code, language_label(code)) for code in languages],
        },
    )


def _posted_proposal(request) -> Proposal | None:
    pk = request.POST.get("proposal", "")
    if not pk.isdigit():
        messages.error(request, _("Choose a proposal in the list."))
        return None
    return get_object_or_404(Proposal.objects.select_related("volunteer", "request"), pk=pk)


def _back():
    return redirect(reverse("taalhulpen_cockpit:proposals"))


@coordinator_required
@require_POST
def proposal_confirm(request):
    proposal = _posted_proposal(request)
    if proposal is None:
        return _back()
    try:
        services.confirm(proposal, actor=request.user)
    except services.ProposalStateError:
        messages.error(request, _("This proposal was already handled."))
        return _back()
    audit(
        request,
        "taalhulp.proposal_confirm",
        detail=f"proposal {proposal.pk}, volunteer {proposal.volunteer_id}",
    )
    messages.success(request, _("Confirmed. The volunteer gets an e-mail to say yes or no."))
    return _back()


@coordinator_required
@require_POST
def proposal_reject(request):
    proposal = _posted_proposal(request)
    if proposal is None:
        return _back()
    try:
        services.reject(proposal, actor=request.user)
    except services.ProposalStateError:
        messages.error(request, _("This proposal was already handled."))
        return _back()
    audit(
        request,
        "taalhulp.proposal_reject",
        detail=f"proposal {proposal.pk}, volunteer {proposal.volunteer_id}",
    )
    messages.success(
        request, _("Rejected. The next matching run will look for someone else for this request.")
    )
    return _back()
