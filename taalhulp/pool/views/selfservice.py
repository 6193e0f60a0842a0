"""The volunteer's own page: see and change their data, pause, withdraw, download, erase."""

import json

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from portal.audit import audit
from portal.selfservice_forms import ConfirmForm
from taalhulp.pool import privacy
from taalhulp.pool.forms.volunteers import PauseForm, ProfileForm
from taalhulp.pool.models import TrainingSession, Volunteer
from taalhulp.pool.services import erasure
from taalhulp.pool.services import volunteers as volunteer_services
from taalhulp.pool.views.registration import language_name
from taalhulp.pool.views.session import close_session, volunteer_required

TEMPLATES = "taalhulpen/volunteers/"


@volunteer_required
def me(request, volunteer):
    trainings = list(volunteer_services.upcoming_trainings(volunteer))
    return render(
        request,
        TEMPLATES + "me.html",
        {
            "volunteer": volunteer,
            "languages": [
                {**entry, "name": language_name(entry.get("code", ""))}
                for entry in volunteer.languages
            ],
            "slots": volunteer.slots.all(),
            "days_off": volunteer.unavailabilities.filter(last_day__gte=timezone.localdate()),
            "trainings": trainings,
            "my_trainings": volunteer.trainings.select_related("session").order_by(
                "session__starts_at"
            ),
            "pause_form": PauseForm(),
        },
    )


@volunteer_required
@require_http_methods(["GET", "POST"])
def edit(request, volunteer):
    form = ProfileForm(request.POST or None, initial=ProfileForm.initial_for(volunteer))
    if request.method == "POST" and form.is_valid():
        volunteer_services.update(volunteer, form.cleaned_data)
        messages.success(request, _("Your details are saved."))
        return redirect("taalhulpen:me")
    return render(request, TEMPLATES + "edit.html", {"form": form, "volunteer": volunteer})


@volunteer_required
@require_http_methods(["GET", "POST"])
def pause(request, volunteer):
    if volunteer.status != Volunteer.Status.ACTIVE:
        messages.error(request, _("You cannot pause now."))
        return redirect("taalhulpen:me")
    form = PauseForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        volunteer_services.pause(volunteer, form.cleaned_data["until"])
        messages.success(request, _("Your pause is saved. We ask you nothing until then."))
        return redirect("taalhulpen:me")
    return render(request, TEMPLATES + "pause.html", {"form": form, "volunteer": volunteer})


@volunteer_required
@require_POST
def resume(request, volunteer):
    if volunteer.status in (Volunteer.Status.PAUSED, Volunteer.Status.WITHDRAWN):
        volunteer_services.resume(volunteer)
        messages.success(request, _("Welcome back. We can ask you for conversations again."))
    return redirect("taalhulpen:me")


def _confirmed_action(request, volunteer, template, action):
    form = ConfirmForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        return action()
    return render(request, TEMPLATES + template, {"form": form, "volunteer": volunteer})


@volunteer_required
@require_http_methods(["GET", "POST"])
def withdraw(request, volunteer):
    def action():
        volunteer_services.withdraw(volunteer)
        messages.success(
            request, _("You are no longer in the pool. Your data stays until you erase it.")
        )
        return redirect("taalhulpen:me")

    return _confirmed_action(request, volunteer, "withdraw.html", action)


@volunteer_required
@require_http_methods(["GET", "POST"])
def erase(request, volunteer):
    def action():
        erasure.anonymise(volunteer, reason="self-service erasure")
        close_session(request)
        return render(request, TEMPLATES + "erased.html")

    return _confirmed_action(request, volunteer, "erase.html", action)


@volunteer_required
def download(request, volunteer):
    data = privacy.export(volunteer)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json"
    )
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="language-helper-{stamp}.json"'
    audit(request, "taalhulpen.volunteer_download", volunteer, "self-service download")
    return response


@volunteer_required
@require_POST
def training(request, volunteer):
    """Sign up for a training or cancel; the session's number comes in the form."""
    try:
        session_pk = int(request.POST.get("session", ""))
    except ValueError:
        return redirect("taalhulpen:me")
    if request.POST.get("action") == "cancel":
        if volunteer_services.cancel_signup(volunteer, session_pk):
            messages.success(request, _("You are no longer signed up for this training."))
        return redirect("taalhulpen:me")
    if volunteer.status != Volunteer.Status.ACTIVE:
        messages.error(request, _("You can sign up for a training when you are active."))
        return redirect("taalhulpen:me")
    try:
        volunteer_services.sign_up(volunteer, session_pk)
    except TrainingSession.DoesNotExist:
        messages.error(request, _("This training is not open for you."))
    except volunteer_services.TrainingFull:
        messages.error(request, _("This training is full. Choose another date."))
    else:
        messages.success(request, _("You are signed up. See you at the training!"))
    return redirect("taalhulpen:me")


@never_cache
@require_POST
def leave(request):
    close_session(request)
    return redirect("taalhulpen:link_request")
