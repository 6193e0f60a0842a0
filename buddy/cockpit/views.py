"""Cockpit views: overview with funnel, proposals, candidates, matching run, CSV export."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from buddy import selectors, states
from buddy.cockpit.access import agency_required, cockpit_required
from buddy.cockpit.forms import ConductForm, EndForm, ReasonForm
from buddy.models import Exclusion, Proposal
from buddy.permissions import is_agency
from buddy.services import candidates as candidate_services
from buddy.services import proposals as proposal_services
from buddy.services import runs, transitions
from portal.audit import audit


def _render(request, template, title, context, status=200):
    return TemplateResponse(
        request,
        f"buddy/admin/{template}.html",
        {
            "page_title": title,
            "header_title": title,
            "header_icon": "group",
            "breadcrumbs_items": [],
            "is_agency": is_agency(request.user),
            **context,
        },
        status=status,
    )


@cockpit_required
def overview(request):
    return _render(
        request,
        "overview",
        _("Buddies"),
        {
            "funnel": selectors.funnel(request.user),
            "waiting": selectors.waiting_times(request.user),
            "initiatives": selectors.initiatives_for(request.user).order_by("title"),
        },
    )


@cockpit_required
def proposal_list(request):
    qs = selectors.proposals_for(request.user).order_by("-created_at")
    state = request.GET.get("state", "")
    if state in Proposal.State.values:
        qs = qs.filter(state=state)
    page = Paginator(qs, 50).get_page(request.GET.get("p"))
    return _render(
        request,
        "proposals",
        _("Buddy proposals"),
        {"page": page, "state": state, "states": Proposal.State.choices},
    )


@agency_required
@require_POST
def proposal_bulk(request):
    """Send or discard the selected suggestions (the agency's review step)."""
    action = request.POST.get("action")
    chosen = Proposal.objects.filter(pk__in=request.POST.getlist("ids"), state="suggested")
    count = 0
    with transaction.atomic():
        for proposal in chosen.select_related("candidate", "initiative"):
            if action == "send":
                proposal_services.send(proposal, actor=request.user)
            elif action == "discard":
                proposal_services.discard(
                    proposal, actor=request.user, reason="not sent after review"
                )
            count += 1
    messages.success(request, _("%(count)d proposals updated.") % {"count": count})
    return redirect(reverse("buddy_admin:proposals") + "?state=suggested")


def _proposal_for(request, pk) -> Proposal:
    return get_object_or_404(selectors.proposals_for(request.user), pk=pk)


@cockpit_required
def proposal_detail(request, pk):
    proposal = _proposal_for(request, pk)
    agency = is_agency(request.user)
    show_contact = proposal.candidate is not None and (agency or proposal.contact_shared)
    if show_contact:
        audit(request, "buddy.candidate_view", proposal.candidate, f"via proposal {proposal.pk}")
    return _render(
        request,
        "proposal_detail",
        _("Proposal"),
        {
            "proposal": proposal,
            "show_contact": show_contact,
            "history": transitions.history(proposal),
            "allowed": states.PROPOSAL.allowed(proposal.state),
            "reason_form": ReasonForm(),
            "conduct_form": ConductForm(),
            "end_form": EndForm(),
        },
    )


@cockpit_required
@require_POST
def proposal_action(request, pk, action):
    proposal = _proposal_for(request, pk)
    agency = is_agency(request.user)
    local_actions = {"local_accept", "local_decline", "conduct", "end"}
    if action not in local_actions and not agency:
        raise PermissionDenied
    try:
        if action == "send":
            proposal_services.send(proposal, actor=request.user)
        elif action == "discard":
            proposal_services.discard(proposal, actor=request.user)
        elif action == "withdraw":
            transitions.apply(proposal, "withdraw", actor=request.user, role="coordinator")
        elif action == "local_accept":
            proposal_services.local_accept(proposal, actor=request.user)
        elif action == "local_decline":
            form = ReasonForm(request.POST)
            if not form.is_valid():
                raise ValidationError(form.errors["reason"][0])
            proposal_services.local_decline(
                proposal, actor=request.user, reason=form.cleaned_data["reason"]
            )
        elif action == "conduct":
            form = ConductForm(request.POST)
            if not form.is_valid():
                raise ValidationError(" ".join(e for errs in form.errors.values() for e in errs))
            proposal_services.record_conduct_check(
                proposal,
                actor=request.user,
                checked_on=form.cleaned_data["checked_on"],
                result=form.cleaned_data["result"],
            )
        elif action == "end":
            form = EndForm(request.POST)
            if not form.is_valid():
                raise ValidationError(_("Choose why it ended."))
            proposal_services.end(
                proposal,
                actor=request.user,
                reason=form.cleaned_data["reason"],
                note=form.cleaned_data["note"],
            )
        else:
            raise PermissionDenied
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    except states.TransitionError:
        messages.error(request, _("This step is not possible in the current state."))
    else:
        messages.success(request, _("Saved."))
    return redirect("buddy_admin:proposal", pk=proposal.pk)


@cockpit_required
def candidate_list(request):
    qs = selectors.candidates_for(request.user).order_by("-created_at")
    status = request.GET.get("status", "")
    if status:
        qs = qs.filter(status=status)
    page = Paginator(qs, 50).get_page(request.GET.get("p"))
    audit(request, "buddy.candidate_list", detail=f"page {page.number}, status={status or 'all'}")
    return _render(request, "candidates", _("Candidate buddies"), {"page": page, "status": status})


@cockpit_required
def candidate_detail(request, pk):
    candidate = get_object_or_404(selectors.candidates_for(request.user), pk=pk)
    audit(request, "buddy.candidate_view", candidate)
    return _render(
        request,
        "candidate_detail",
        candidate.reference,
        {
            "candidate": candidate,
            "proposals": selectors.proposals_for(request.user).filter(candidate=candidate),
            "exclusions": candidate.exclusions.select_related("initiative")
            if is_agency(request.user)
            else [],
            "history": transitions.history(candidate),
        },
    )


@agency_required
@require_POST
def candidate_erase(request, pk):
    candidate = get_object_or_404(selectors.candidates_for(request.user), pk=pk)
    candidate_services.anonymise(
        candidate, reason="erased by agency", actor=request.user, role="coordinator"
    )
    audit(request, "buddy.candidate_erased", candidate, "erased by the agency")
    messages.success(request, _("The candidate is anonymised."))
    return redirect("buddy_admin:candidate", pk=pk)


@agency_required
@require_POST
def exclusion_override(request, pk):
    exclusion = get_object_or_404(Exclusion, pk=pk, overridden_at__isnull=True)
    proposal_services.override_exclusion(exclusion, actor=request.user)
    audit(
        request,
        "buddy.exclusion_override",
        exclusion.candidate,
        f"initiative {exclusion.initiative_id}",
    )
    messages.success(request, _("This pair can be proposed again."))
    return redirect("buddy_admin:candidate", pk=exclusion.candidate_id)


@agency_required
def matching(request):
    """Preview the engine's proposals, then store them as suggestions to review."""
    context = {}
    if request.method == "POST" and request.POST.get("action") == "create":
        run = runs.create_suggestions(actor=request.user)
        audit(request, "buddy.matching_run", run, f"{run.assignment_count} suggestions")
        messages.success(
            request,
            _("%(count)d suggestions are ready to review.") % {"count": run.assignment_count},
        )
        return redirect(reverse("buddy_admin:proposals") + "?state=suggested")
    if request.method == "POST":
        result = runs.preview()
        audit(request, "buddy.matching_preview", detail=f"{len(result['assignments'])} assignments")
        context = {"result": result, "assignments": runs.named(result)}
    return _render(request, "matching", _("Run the matching"), context)
