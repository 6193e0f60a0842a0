"""Admin password reset: throttled, the same quick answer for every address, mail via the outbox."""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.db import transaction
from django.forms.utils import ErrorDict
from django.http import HttpResponseRedirect
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _
from wagtail.admin.views.account import PasswordResetView, get_password_reset_form

from portal import outbox
from portal.queueing import enqueue
from portal.ratelimit import RETRY_AFTER_SECONDS, rate_limited

GROUP = "admin-password-reset"
TEMPLATE = "wagtailadmin/account/password_reset/email"  # Wagtail's text and subject
CATEGORY = "admin-password-reset"
# By name: the tasks module imports this one (its task calls queue_reset_mails()).
RESET_TASK = "portal.tasks.admin_password_reset"


class ThrottledPasswordResetView(PasswordResetView):
    """Wagtail's reset form, counted per IP and per address (settings.ADMIN_PASSWORD_RESET_RATE).

    The request never looks the address up: a Celery task does, after the answer is sent, and
    queues the mail in the outbox. So a known and an unknown address take the same code path,
    the same queries and the same time."""

    def post(self, request, *args, **kwargs):
        email = request.POST.get("email", "")
        if rate_limited(request, GROUP, settings.ADMIN_PASSWORD_RESET_RATE, identifier=email):
            form = self.get_form()
            form._errors, form.cleaned_data = ErrorDict(), {}  # refuse without checking anything
            form.add_error(
                None, _("Too many requests to reset a password. Wait one minute and try again.")
            )
            response = self.render_to_response(self.get_context_data(form=form), status=429)
            response["Retry-After"] = str(RETRY_AFTER_SECONDS)
            return response
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        email, language = form.cleaned_data["email"], translation.get_language()
        transaction.on_commit(lambda: enqueue(RESET_TASK, email, language))
        return HttpResponseRedirect(self.get_success_url())


def queue_reset_mails(email: str, language: str) -> int:
    """Queue a reset mail for each active account with this address (often none); the count."""
    base = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    count = 0
    for user in get_password_reset_form()().get_users(email):
        context = {
            "email": email,
            "domain": base.netloc,
            "site_name": base.netloc,
            "protocol": base.scheme or "https",
            "uid": urlsafe_base64_encode(force_bytes(user.pk)),
            "user": user,
            "token": default_token_generator.make_token(user),
        }
        outbox.queue_email(
            to=getattr(user, user.get_email_field_name()),
            template=TEMPLATE,
            context=context,
            language=language,
            category=CATEGORY,
        )
        count += 1
    return count
