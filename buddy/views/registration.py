"""Registration in five short steps; answers wait in the session until the last step."""

from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_http_methods

from buddy.forms import REGISTRATION_STEPS, registration_step_form
from buddy.services import candidates as candidate_services
from portal.ratelimit import rate_limited

KEY = "buddy_registration"


def _step_url(step: int) -> str:
    return f"{reverse('buddy:register')}?step={step + 1}"


def _state(request) -> dict:
    return request.session.get(KEY) or {"answers": {}, "done": []}


@require_http_methods(["GET", "POST"])
def register(request):
    state = _state(request)
    try:
        step = int(request.GET.get("step", "1")) - 1
    except ValueError:
        step = 0
    # Nobody skips ahead: a step opens only when the steps before it are done.
    step = max(0, min(step, len(REGISTRATION_STEPS) - 1, len(state["done"])))
    slug, title, _fields = REGISTRATION_STEPS[step]
    first_token = state.get("started")
    if request.method == "POST":
        data = request.POST.copy()
        if first_token:  # the spam timer runs from the first step
            data["form_started"] = first_token
        form = registration_step_form(step, data)
        last = step == len(REGISTRATION_STEPS) - 1
        group = "buddy-register" if last else "buddy-register-step"
        identifier = state["answers"].get("email") or request.POST.get("email", "")
        if rate_limited(request, group, "5/m" if last else "30/m", identifier=identifier):
            return _render(request, form, step, state, status=429, rate_limited_now=True)
        if form.is_valid():
            answers = {
                name: value for name, value in form.cleaned_data.items() if name != "form_started"
            }
            answers.pop("website", None)
            answers.pop("proof_of_work", None)
            state["answers"].update(answers)
            state["started"] = form.cleaned_data.get("form_started") or first_token
            state["done"] = sorted(set(state["done"]) | {slug})
            if not last:
                request.session[KEY] = state
                return redirect(_step_url(step + 1))
            candidate_services.register(state["answers"], language=translation.get_language())
            request.session.pop(KEY, None)
            return redirect("buddy:register_done")
    else:
        form = registration_step_form(step, initial=state["answers"])
        if first_token:
            form.fields["form_started"].initial = first_token
        else:
            state["started"] = form.fields["form_started"].initial
            request.session[KEY] = state
    return _render(request, form, step, state)


def _render(request, form, step, state, status=200, rate_limited_now=False):
    return render(
        request,
        "buddy/register.html",
        {
            "form": form,
            "step": step + 1,
            "step_slug": REGISTRATION_STEPS[step][0],
            "step_title": REGISTRATION_STEPS[step][1],
            "step_count": len(REGISTRATION_STEPS),
            "steps": [(i + 1, title) for i, (_s, title, _f) in enumerate(REGISTRATION_STEPS)],
            "previous_url": _step_url(step - 1) if step else "",
            "rate_limited": rate_limited_now,
        },
        status=status,
    )
