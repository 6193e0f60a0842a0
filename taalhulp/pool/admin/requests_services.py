"""Admin views of the coordinators: local services and the people who ask for each."""

import functools

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.admin import messages

from portal.audit import audit
from taalhulp.pool.forms.requests import ServiceForm
from taalhulp.pool.permissions import is_coordinator
from taalhulp.pool.selectors import services_of

TEMPLATES = "taalhulpen/requests"


def coordinator_required(view):
    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if not is_coordinator(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


def _render(request, template: str, title: str, context: dict, status: int = 200):
    return TemplateResponse(
        request,
        f"{TEMPLATES}/{template}.html",
        {"page_title": title, "header_title": title, "header_icon": "home", **context},
        status=status,
    )


@coordinator_required
def index(request):
    services = services_of(request.user).select_related("municipality", "members")
    return _render(request, "services", _("Local services"), {"services": services})


def _form(request, service, title: str):
    form = ServiceForm(request.POST or None, instance=service)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("The service is saved."))
        return redirect("taalhulpen_localservice:index")
    return _render(
        request,
        "service_form",
        title,
        {"form": form, "service": service},
        status=400 if request.method == "POST" else 200,
    )


@coordinator_required
def create(request):
    return _form(request, None, _("New local service"))


@coordinator_required
def edit(request, pk):
    service = get_object_or_404(services_of(request.user), pk=pk)
    audit(request, "taalhulpen.service_view", service, "the service's members")
    return _form(request, service, _("Edit local service"))
