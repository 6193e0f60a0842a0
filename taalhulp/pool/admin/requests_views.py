"""Admin views of a local service's requests: list, ask, see one, cancel, give feedback.

Every query goes through the selectors, so a member only ever finds their own services'
requests (another service's request is a 404) and a coordinator finds all of them."""

import functools

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.admin import messages

from portal.audit import audit
from taalhulp.pool.forms.requests import LANGUAGES, FeedbackForm, RequestForm
from taalhulp.pool.models import HelpRequest
from taalhulp.pool.permissions import is_coordinator
from taalhulp.pool.selectors import asks_for_help, requests_for, services_of
from taalhulp.pool.services import requests as request_services

TEMPLATES = "taalhulpen/requests"
LANGUAGE_NAMES = dict(LANGUAGES)


def asks_required(view):
    """Service members and coordinators only (Wagtail already sends anonymous users to login)."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if not asks_for_help(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


def _render(request, template: str, title: str, context: dict, status: int = 200):
    return TemplateResponse(
        request,
        f"{TEMPLATES}/{template}.html",
        {"page_title": title, "header_title": title, "header_icon": "help", **context},
        status=status,
    )


def _own(request, pk: int) -> HelpRequest:
    return get_object_or_404(requests_for(request.user).select_related("service"), pk=pk)


@asks_required
def index(request):
    qs = requests_for(request.user).select_related("service").order_by("-starts_at")
    status = request.GET.get("status", "")
    if status in HelpRequest.Status.values:
        qs = qs.filter(status=status)
    page = Paginator(qs, 50).get_page(request.GET.get("p"))
    for item in page:
        item.language_name = LANGUAGE_NAMES.get(item.language, item.language)
    return _render(
        request,
        "index",
        _("Language help requests"),
        {
            "page": page,
            "status": status,
            "statuses": HelpRequest.Status.choices,
            "show_service": is_coordinator(request.user) or services_of(request.user).count() > 1,
            "can_ask": services_of(request.user).exists(),
        },
    )


@asks_required
def create(request):
    services = services_of(request.user)
    if not services.exists():
        raise PermissionDenied
    form = RequestForm(request.POST or None, services=services)
    refusal = None
    if request.method == "POST" and form.is_valid():
        if request_services.refused(form.answers()):
            refusal = {"booking_url": request_services.booking_url(request)}
        else:
            help_request = request_services.ask(
                form.chosen_service, request.user, form.cleaned_data
            )
            messages.success(request, _("Your request is sent. We look for a volunteer."))
            return redirect("taalhulpen_helprequest:detail", help_request.pk)
    return _render(
        request,
        "form",
        _("Ask for a language helper"),
        {"form": form, "refusal": refusal},
        status=400 if request.method == "POST" and refusal is None else 200,
    )


@asks_required
def detail(request, pk):
    help_request = _own(request, pk)
    help_request.language_name = LANGUAGE_NAMES.get(help_request.language, help_request.language)
    first_name = ""
    if help_request.status in (HelpRequest.Status.ACCEPTED, HelpRequest.Status.COMPLETED):
        first_name = request_services.volunteer_first_name(help_request)
        if first_name:
            audit(request, "taalhulpen.request_view", help_request, "volunteer's first name")
    return _render(
        request,
        "detail",
        _("Language help request"),
        {
            "help_request": help_request,
            "volunteer_first_name": first_name,
            "can_cancel": request_services.can_cancel(help_request),
            "can_give_feedback": request_services.can_give_feedback(help_request),
        },
    )


@asks_required
def cancel(request, pk):
    help_request = _own(request, pk)
    if not request_services.can_cancel(help_request):
        messages.error(request, _("This request can no longer be cancelled."))
        return redirect("taalhulpen_helprequest:detail", pk)
    if request.method == "POST":
        request_services.cancel(help_request)
        messages.success(request, _("The request is cancelled."))
        return redirect("taalhulpen_helprequest:detail", pk)
    return _render(request, "cancel", _("Cancel this request?"), {"help_request": help_request})


@asks_required
def feedback(request, pk):
    help_request = _own(request, pk)
    if not request_services.can_give_feedback(help_request):
        messages.error(
            request,
            _("You can give feedback once, after the conversation with the volunteer."),
        )
        return redirect("taalhulpen_helprequest:detail", pk)
    form = FeedbackForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        request_services.give_feedback(
            help_request,
            score=form.cleaned_data["score"],
            text=form.cleaned_data["text"],
            difficult=form.cleaned_data["difficult"],
        )
        messages.success(request, _("Thank you for your feedback."))
        return redirect("taalhulpen_helprequest:detail", pk)
    return _render(
        request,
        "feedback",
        _("How did the conversation go?"),
        {"form": form, "help_request": help_request},
        status=400 if request.method == "POST" else 200,
    )
