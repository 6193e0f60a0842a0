"""Admin sign-in hardening: one-time codes (TOTP) for admin users and a throttled login view."""

from __future__ import annotations

from base64 import b32encode

import django_otp
import segno
from django import forms
from django.conf import settings
from django.contrib import messages
from django.forms.utils import ErrorDict
from django.shortcuts import redirect, render
from django.urls import resolve, reverse
from django.urls.exceptions import Resolver404
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_otp.middleware import OTPMiddleware
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.admin.views.account import LoginView

from portal.ratelimit import login_rate_limited, reset_login_limits

LOGIN_GROUP = "admin-login"
SETUP_URL_NAME = "admin_2fa_setup"
VERIFY_URL_NAME = "admin_2fa_verify"
# Pages an admin user may open before the one-time code is checked.
OPEN_URL_NAMES = {
    SETUP_URL_NAME,
    VERIFY_URL_NAME,
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
}


def _needs_code(user) -> bool:
    return bool(user.is_authenticated and user.has_perm("wagtailadmin.access_admin"))


class AdminTwoFactorMiddleware(OTPMiddleware):
    """django-otp's middleware, plus: an admin user who has not passed a code sees only the
    setup or code page (when settings.ADMIN_2FA_REQUIRED)."""

    def __call__(self, request):
        self._install_lazy_accessors(request)
        if getattr(settings, "ADMIN_2FA_REQUIRED", False) and request.path.startswith("/admin/"):
            refusal = self._refuse_unverified(request)
            if refusal is not None:
                return refusal
        return self.get_response(request)

    def _refuse_unverified(self, request):
        user = request.user
        if not _needs_code(user) or user.is_verified():
            return None
        try:
            if resolve(request.path_info).url_name in OPEN_URL_NAMES:
                return None
        except Resolver404:
            return None
        target = VERIFY_URL_NAME if django_otp.user_has_device(user) else SETUP_URL_NAME
        return redirect(f"{reverse(target)}?next={request.get_full_path()}")


class CodeForm(forms.Form):
    code = forms.CharField(
        label=gettext_lazy("Code from your authenticator app"),
        help_text=gettext_lazy("6 digits. A new code appears every 30 seconds."),
        max_length=8,
        widget=forms.TextInput(
            attrs={"inputmode": "numeric", "autocomplete": "one-time-code", "autofocus": True}
        ),
    )

    def __init__(self, *args, device=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].split())
        if not (code.isascii() and code.isdigit()) or len(code) != 6:
            raise forms.ValidationError(_("Type the 6 digits that your app shows now."))
        allowed, _details = self.device.verify_is_allowed()
        if not allowed:
            raise forms.ValidationError(
                _("Too many wrong codes. Wait a minute and type the newest code.")
            )
        if not self.device.verify_token(code):
            raise forms.ValidationError(
                _("This code is not right or too old. Type the newest code from your app.")
            )
        return code


def _next_url(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return reverse("wagtailadmin_home")


def _admin_user_or_login(request):
    if not _needs_code(request.user):
        return redirect(f"{reverse('wagtailadmin_login')}?next={request.get_full_path()}")
    return None


def verify(request):
    """Ask for the current code of a confirmed device."""
    if (refusal := _admin_user_or_login(request)) is not None:
        return refusal
    device = TOTPDevice.objects.filter(user=request.user, confirmed=True).first()
    if device is None:
        return redirect(reverse(SETUP_URL_NAME))
    form = CodeForm(request.POST or None, device=device)
    if request.method == "POST" and form.is_valid():
        django_otp.login(request, device)
        # A code from the linked app proves who this is: lift a lock that others may have caused.
        reset_login_limits(request, LOGIN_GROUP, request.user.get_username())
        return redirect(_next_url(request))
    return render(
        request,
        "portal/two_factor/verify.html",
        {"form": form, "next": _next_url(request)},
        status=400 if form.errors else 200,
    )


def setup(request):
    """Link an authenticator app: show the key as a QR code and as text, then check one code."""
    if (refusal := _admin_user_or_login(request)) is not None:
        return refusal
    if django_otp.user_has_device(request.user) and not request.user.is_verified():
        return redirect(reverse(VERIFY_URL_NAME))  # a second device needs the first one's code
    device, _created = TOTPDevice.objects.get_or_create(
        user=request.user, confirmed=False, defaults={"name": "authenticator app"}
    )
    form = CodeForm(request.POST or None, device=device)
    if request.method == "POST" and form.is_valid():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        django_otp.login(request, device)
        messages.success(request, _("Your authenticator app is linked."))
        return redirect(_next_url(request))
    secret = b32encode(device.bin_key).decode()
    context = {
        "form": form,
        "next": _next_url(request),
        "secret_groups": [secret[i : i + 4] for i in range(0, len(secret), 4)],
        "qr_svg": segno.make(device.config_url, error="m").svg_inline(scale=4),
    }
    return render(
        request, "portal/two_factor/setup.html", context, status=400 if form.errors else 200
    )


class ThrottledLoginView(LoginView):
    """Wagtail's login, counted per IP, per IP and user name (settings.ADMIN_LOGIN_RATE) and
    per user name (the looser settings.ADMIN_LOGIN_USERNAME_RATE); over a limit the form is
    refused with a plain message. Its error for a wrong user name or password is the same, so
    it does not tell which accounts exist."""

    def post(self, request, *args, **kwargs):
        username = request.POST.get("username", "")
        if login_rate_limited(
            request,
            LOGIN_GROUP,
            username,
            settings.ADMIN_LOGIN_RATE,
            settings.ADMIN_LOGIN_USERNAME_RATE,
        ):
            form = self.get_form()
            # Refuse without checking the password.
            form._errors, form.cleaned_data = ErrorDict(), {}
            form.add_error(None, _("Too many sign-in attempts. Wait one minute and try again."))
            response = self.render_to_response(self.get_context_data(form=form))
            response.status_code = 429
            response["Retry-After"] = "60"
            return response
        return super().post(request, *args, **kwargs)
