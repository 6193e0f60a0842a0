"""Admin views of the pool that audit every look at a volunteer's data, and attendance recording."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail.admin.views.generic import CreateView, EditView, IndexView, InspectView
from wagtail.permission_policies.base import ModelPermissionPolicy

from portal.audit import audit
from taalhulp.pool.models import TrainingSession, TrainingSignup
from taalhulp.pool.permissions import is_coordinator


class CoordinatorPolicy(ModelPermissionPolicy):
    """Coordinators may do everything in `actions`; nobody else sees anything."""

    def __init__(self, model, actions=("add", "change", "view", "inspect")):
        super().__init__(model)
        self.actions = set(actions)

    def user_has_permission(self, user, action):
        return action in self.actions and is_coordinator(user)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class AuditedIndexView(IndexView):
    """A list that shows people: every page looked at is in the access log."""

    audit_action = ""

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        page = request.GET.get("p", "1")
        audit(request, self.audit_action, detail=f"page {page} {request.GET.urlencode()}"[:200])
        return response


class AuditedEditView(EditView):
    audit_action = ""

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)  # sets self.object
        audit(request, f"{self.audit_action}_view", self.object)
        return response

    def save_instance(self):
        instance = super().save_instance()
        changed = ", ".join(self.form.changed_data)
        audit(self.request, f"{self.audit_action}_changed", instance, changed[:200])
        return instance


class AuditedInspectView(InspectView):
    audit_action = ""

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)  # sets self.object
        audit(request, f"{self.audit_action}_view", self.object)
        return response


class CoachingCreateView(CreateView):
    """A coaching conversation held: the coach is the user, and the volunteer no longer waits."""

    def get(self, request, *args, **kwargs):
        audit(request, "taalhulpen.coaching_form_view")
        return super().get(request, *args, **kwargs)

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        # Coaching is for people still in the pool, not for anonymised records.
        volunteers = form.fields["volunteer"].queryset
        form.fields["volunteer"].queryset = volunteers.exclude(status="anonymised")
        return form

    def save_instance(self):
        session = self.form.save(commit=False)
        session.coach = self.request.user
        session.save()
        volunteer = session.volunteer
        if volunteer.needs_coaching:
            volunteer.needs_coaching = False
            volunteer.save(update_fields=["needs_coaching"])
        audit(self.request, "taalhulpen.coaching_recorded", volunteer)
        return session


def record_attendance(signup: TrainingSignup, attended: bool | None, user) -> bool:
    """Set the attendance; a first attended training makes the volunteer trained.
    Returns whether anything changed."""
    if signup.attended == attended:
        return False
    signup.attended = attended
    signup.recorded_by = user
    signup.save(update_fields=["attended", "recorded_by"])
    volunteer = signup.volunteer
    if attended and volunteer.trained_at is None:
        volunteer.trained_at = signup.session.starts_at or timezone.now()
        volunteer.save(update_fields=["trained_at"])
    return True


_CHOICES = {"": None, "yes": True, "no": False}


@require_http_methods(["GET", "POST"])
def attendance(request, pk: int):
    """The sign-ups of one training, with who came (one form, works without JavaScript)."""
    if not is_coordinator(request.user):
        raise PermissionDenied
    session = get_object_or_404(TrainingSession, pk=pk)
    signups = list(session.signups.select_related("volunteer").order_by("volunteer__name"))
    if request.method == "POST":
        changed = 0
        with transaction.atomic():
            for signup in signups:
                value = request.POST.get(f"attended-{signup.pk}", "")
                if value in _CHOICES:
                    changed += record_attendance(signup, _CHOICES[value], request.user)
        audit(request, "taalhulpen.attendance_recorded", session, f"{changed} changed")
        messages.success(request, _("Attendance saved."))
        return redirect("taalhulpen_trainingsession:attendance", pk=session.pk)
    audit(request, "taalhulpen.attendance_view", session, f"{len(signups)} sign-ups")
    rows = [(signup, {True: "yes", False: "no", None: ""}[signup.attended]) for signup in signups]
    return TemplateResponse(
        request,
        "taalhulpen/admin/attendance.html",
        {
            "session": session,
            "rows": rows,
            "page_title": session.title,
            "header_title": session.title,
            "header_icon": "calendar",
            "breadcrumbs_items": [],
        },
    )
