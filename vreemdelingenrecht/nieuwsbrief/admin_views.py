"""Admin screens of the newsletter: preview, test send, send, and the subscriber export."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from portal.audit import audit
from portal.i18n import site_languages
from vreemdelingenrecht.nieuwsbrief import sending, subscriptions
from vreemdelingenrecht.nieuwsbrief.models import NewsletterIssue, Subscriber
from vreemdelingenrecht.nieuwsbrief.permissions import EXPORT_PERMISSION, SEND_PERMISSION

URL_PREFIX = "wagtailsnippets_nieuwsbrief_newsletterissue"


def issue_url(name: str, issue: NewsletterIssue) -> str:
    return reverse(f"{URL_PREFIX}:{name}", args=[issue.pk])


def _language(request) -> str:
    codes = [code for code, _name in settings.LANGUAGES]
    wanted = request.GET.get("language") or request.POST.get("language")
    return wanted if wanted in codes else settings.LANGUAGE_CODE


@permission_required("nieuwsbrief.view_newsletterissue", raise_exception=True)
def preview(request, pk):
    issue = get_object_or_404(NewsletterIssue, pk=pk)
    language = _language(request)
    subject, text, html = sending.preview(issue, language)
    return render(
        request,
        "nieuwsbrief/admin/preview.html",
        {
            "issue": issue,
            "language": language,
            "languages": site_languages(),
            "subject": subject,
            "text": text,
            "html": html,
            "preview_url": issue_url("preview", issue),
            "send_test_url": issue_url("send_test", issue),
            "send_url": issue_url("send", issue),
            "can_send": request.user.has_perm(SEND_PERMISSION),
        },
    )


@require_POST
@permission_required("nieuwsbrief.change_newsletterissue", raise_exception=True)
def send_test(request, pk):
    issue = get_object_or_404(NewsletterIssue, pk=pk)
    language = _language(request)
    back = f"{issue_url('preview', issue)}?language={language}"
    if not request.user.email:
        messages.error(request, _("Your account has no e-mail address. Add one in your account."))
        return redirect(back)
    sending.send_test(issue, to=request.user.email, language=language)
    messages.success(request, _("A test was sent to %(email)s.") % {"email": request.user.email})
    return redirect(back)


@permission_required(SEND_PERMISSION, raise_exception=True)
def send(request, pk):
    issue = get_object_or_404(NewsletterIssue, pk=pk)
    if request.method == "POST":
        if sending.start_sending(issue, request.user):
            messages.success(
                request,
                _("Sending has started. Subscribers get the newsletter in the next minutes."),
            )
        else:
            messages.warning(request, _("This newsletter was already sent."))
        return redirect(reverse(f"{URL_PREFIX}:list"))
    return render(
        request,
        "nieuwsbrief/admin/send.html",
        {
            "issue": issue,
            "subscriber_count": Subscriber.objects.filter(status=Subscriber.Status.ACTIVE).count(),
            "progress": sending.progress(issue),
            "send_url": issue_url("send", issue),
            "preview_url": issue_url("preview", issue),
        },
    )


@permission_required(EXPORT_PERMISSION, raise_exception=True)
def export_subscribers(request):
    text, count = subscriptions.export_csv()
    audit(request, "newsletter.subscribers.export", detail=f"{count} subscribers (CSV)")
    response = HttpResponse(text, content_type="text/csv; charset=utf-8")
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="subscribers-{stamp}.csv"'
    response["Cache-Control"] = "no-store"
    return response
