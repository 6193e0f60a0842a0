"""The volunteer's own page: proposals to answer, update, pause, withdraw, download, erase."""

import json

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from buddy.forms import DeclineForm, PauseForm, ProfileForm
from buddy.models import Candidate, Proposal
from buddy.services import candidates as candidate_services
from buddy.services import proposals as proposal_services
from buddy.services import transitions
from buddy.views.session import close_session, volunteer_required
from portal.audit import audit
from portal.selfservice_forms import ConfirmForm


@volunteer_required
def me(request, candidate):
    return render(
        request,
        "buddy/me.html",
        {
            "candidate": candidate,
            "to_answer": candidate_services.proposals_to_answer(candidate),
            "others": candidate.proposals.exclude(
                state__in=["proposed", "suggested", "discarded"]
            ).select_related("initiative"),
            "pause_form": PauseForm(),
        },
    )


@volunteer_required
@require_http_methods(["GET", "POST"])
def edit(request, candidate):
    form = ProfileForm(request.POST or None, initial=ProfileForm.initial_for(candidate))
    if request.method == "POST" and form.is_valid():
        candidate_services.update(candidate, form.cleaned_data)
        messages.success(request, _("Your details are saved."))
        return redirect("buddy:me")
    return render(request, "buddy/edit.html", {"form": form, "candidate": candidate})


@volunteer_required
@require_http_methods(["GET", "POST"])
def pause(request, candidate):
    form = PauseForm(request.POST or None)
    if candidate.status not in (Candidate.Status.AVAILABLE, Candidate.Status.DORMANT):
        messages.error(request, _("You cannot pause now."))
        return redirect("buddy:me")
    if request.method == "POST" and form.is_valid():
        candidate_services.pause(candidate, form.cleaned_data["until"])
        messages.success(request, _("Your pause is saved. We send you no proposals until then."))
        return redirect("buddy:me")
    return render(request, "buddy/pause.html", {"form": form, "candidate": candidate})


@volunteer_required
@require_POST
def resume(request, candidate):
    if candidate.status == Candidate.Status.PAUSED:
        candidate_services.resume(candidate)
        messages.success(request, _("Welcome back. You can get proposals again."))
    elif candidate.status == Candidate.Status.WITHDRAWN:
        transitions.apply(candidate, "rejoin", role="volunteer")
        messages.success(request, _("Welcome back. You can get proposals again."))
    return redirect("buddy:me")


def _confirmed_action(request, candidate, template, action):
    form = ConfirmForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        return action()
    return render(request, template, {"form": form, "candidate": candidate})


@volunteer_required
@require_http_methods(["GET", "POST"])
def withdraw(request, candidate):
    def action():
        candidate_services.withdraw(candidate)
        messages.success(
            request, _("You are no longer a candidate buddy. Your data stays until you erase it.")
        )
        return redirect("buddy:me")

    return _confirmed_action(request, candidate, "buddy/withdraw.html", action)


@volunteer_required
@require_http_methods(["GET", "POST"])
def erase(request, candidate):
    def action():
        candidate_services.anonymise(candidate, reason="erased by volunteer")
        audit(request, "buddy.candidate_erased", candidate, "self-service erasure")
        close_session(request)
        return render(request, "buddy/erased.html")

    return _confirmed_action(request, candidate, "buddy/erase.html", action)


@volunteer_required
def download(request, candidate):
    data = candidate_services.export(candidate)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json"
    )
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = (
        f'attachment; filename="buddy-{candidate.reference}-{stamp}.json"'
    )
    audit(request, "buddy.candidate_download", candidate, "self-service download")
    return response


@volunteer_required
@require_POST
def accept(request, candidate, pk):
    proposal = get_object_or_404(Proposal, pk=pk, candidate=candidate, state="proposed")
    proposal_services.volunteer_accept(proposal)
    messages.success(
        request,
        _("Thank you! We told the local coordinator. They will contact you soon."),
    )
    return redirect("buddy:me")


@volunteer_required
@require_http_methods(["GET", "POST"])
def decline(request, candidate, pk):
    proposal = get_object_or_404(Proposal, pk=pk, candidate=candidate, state="proposed")
    form = DeclineForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        proposal_services.volunteer_decline(
            proposal, reason=form.cleaned_data["reason"], note=form.cleaned_data["note"]
        )
        messages.success(request, _("Thank you. We will not propose this project to you again."))
        return redirect("buddy:me")
    return render(request, "buddy/decline.html", {"form": form, "proposal": proposal})


@never_cache
@require_POST
def leave(request):
    close_session(request)
    return redirect("buddy:link_request")
