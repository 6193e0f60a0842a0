"""Public registration of language helpers and crisis interpreters; a crisis wave's short one."""

from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.views.decorators.http import require_http_methods

from portal.ratelimit import rate_limited
from taalhulp.pool.forms.volunteers import RegistrationForm, WaveRegistrationForm
from taalhulp.pool.models import Wave
from taalhulp.pool.services import volunteers as volunteer_services
from taalhulp.pool.services.links import setting


@require_http_methods(["GET", "POST"])
def register(request):
    form = RegistrationForm(request.POST or None)
    if request.method == "POST":
        if rate_limited(request, "taalhulpen-register", "5/m", request.POST.get("email", "")):
            return _render(request, "register.html", {"form": form, "rate_limited": True}, 429)
        if form.is_valid():
            volunteer_services.register(form.cleaned_data, language=translation.get_language())
            return redirect("taalhulpen:register_done")
    return _render(request, "register.html", {"form": form})


@require_http_methods(["GET", "POST"])
def register_wave(request, wave_id):
    wave = get_object_or_404(Wave, pk=wave_id)
    if not wave.is_open:
        return _render(request, "wave_closed.html", {"wave": wave}, status=410)
    form = WaveRegistrationForm(request.POST or None)
    context = {"form": form, "wave": wave, "language_name": language_name(wave.language)}
    if request.method == "POST":
        if rate_limited(request, "taalhulpen-register", "5/m", request.POST.get("email", "")):
            return _render(request, "register_wave.html", {**context, "rate_limited": True}, 429)
        if form.is_valid():
            volunteer_services.register_for_wave(
                wave, form.cleaned_data, language=translation.get_language()
            )
            return redirect("taalhulpen:register_done")
    return _render(request, "register_wave.html", context)


def register_done(request):
    return _render(request, "register_done.html", {"days": setting("TAALHULP_UNCONFIRMED_DAYS")})


def privacy(request):
    return _render(request, "privacy.html", {"version": setting("TAALHULP_PRIVACY_VERSION")})


def language_name(code: str) -> str:
    try:
        return translation.get_language_info(code)["name_translated"]
    except KeyError:
        return code


def _render(request, template, context, status=200):
    return render(request, f"taalhulpen/volunteers/{template}", context, status=status)
