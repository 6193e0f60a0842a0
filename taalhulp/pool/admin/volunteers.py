"""The pool in the admin for coordinators only: volunteers, training, coaching and crisis waves."""

import django_filters
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.ui.tables import TitleColumn
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import AdminDateTimeInput
from wagtail.permissions import register_permission_policy

from portal.json_fields import holds_entry
from taalhulp.pool.admin import volunteers_views as views
from taalhulp.pool.models import CoachingSession, TrainingSession, Volunteer, Wave

# Volunteers are never deleted here: erasure (anonymisation) keeps the figures right.
register_permission_policy(Volunteer, views.CoordinatorPolicy(Volunteer, ("change", "view")))
register_permission_policy(TrainingSession, views.CoordinatorPolicy(TrainingSession))
register_permission_policy(CoachingSession, views.CoordinatorPolicy(CoachingSession))
register_permission_policy(Wave, views.CoordinatorPolicy(Wave))


class VolunteerFilterSet(WagtailFilterSet):
    language = django_filters.CharFilter(
        label=_("Language (ISO code, e.g. uk)"), method="by_language"
    )
    trained = django_filters.BooleanFilter(
        label=_("Training completed"), field_name="trained_at", lookup_expr="isnull", exclude=True
    )

    class Meta:
        model = Volunteer
        fields = ["kind", "status", "language", "trained", "needs_coaching", "wave"]

    def by_language(self, queryset, name, value):
        return queryset.filter(holds_entry("languages", "code", value.strip().lower()))


class VolunteerIndexView(views.AuditedIndexView):
    audit_action = "taalhulpen.volunteer_list"


class VolunteerEditView(views.AuditedEditView):
    audit_action = "taalhulpen.volunteer"


class VolunteerInspectView(views.AuditedInspectView):
    audit_action = "taalhulpen.volunteer"


class VolunteerViewSet(ModelViewSet):
    model = Volunteer
    icon = "user"
    menu_label = _("Volunteers")
    menu_order = 10
    add_view_enabled = False
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = VolunteerIndexView
    edit_view_class = VolunteerEditView
    inspect_view_class = VolunteerInspectView
    list_display = ["name", "kind", "status", "language_codes", "trained_at", "needs_coaching"]
    filterset_class = VolunteerFilterSet
    # The database, never a search index: names and addresses stay out of every index.
    search_fields = ["name", "email", "postcode"]
    inspect_view_fields = [
        "name", "email", "phone", "status", "kind", "wave", "postcode", "max_km", "languages",
        "dutch_level", "modes", "max_per_week", "remote_only", "trained_at", "needs_coaching",
        "created_at", "confirmed_at", "last_activity_at", "pause_until",
    ]  # fmt: skip
    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("email"), FieldPanel("phone")],
            heading=_("Contact details"),
        ),
        MultiFieldPanel(
            [FieldPanel("status"), FieldPanel("kind"), FieldPanel("wave")],
            heading=_("Role"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("languages"),
                FieldPanel("dutch_level"),
                FieldPanel("modes"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("max_km")]),
                FieldPanel("max_per_week"),
                FieldPanel("remote_only"),
            ],
            heading=_("What and where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("trained_at", widget=AdminDateTimeInput),
                FieldPanel("needs_coaching"),
                FieldPanel("pause_until"),
            ],
            heading=_("Training and support"),
        ),
    ]


def _signed_up(session) -> str:
    return _("%(count)s signed up") % {"count": session.signups.count()}


def _attendance_url(session) -> str:
    return reverse("taalhulpen_trainingsession:attendance", args=[session.pk])


class TrainingSessionViewSet(ModelViewSet):
    model = TrainingSession
    icon = "calendar"
    menu_label = _("Training sessions")
    menu_order = 20
    copy_view_enabled = False
    list_display = [
        "title",
        "kind",
        "starts_at",
        "place",
        TitleColumn(
            "attendance",
            label=_("Sign-ups and attendance"),
            accessor=_signed_up,
            get_url=_attendance_url,
        ),
    ]
    list_filter = ["kind", "wave"]
    form_fields = ["title", "kind", "wave", "starts_at", "minutes", "place", "places"]


class CoachingIndexView(views.AuditedIndexView):
    audit_action = "taalhulpen.coaching_list"


class CoachingEditView(views.AuditedEditView):
    audit_action = "taalhulpen.coaching"


class CoachingViewSet(ModelViewSet):
    model = CoachingSession
    icon = "help"
    menu_label = _("Coaching")
    menu_order = 30
    copy_view_enabled = False
    index_view_class = CoachingIndexView
    add_view_class = views.CoachingCreateView
    edit_view_class = CoachingEditView
    list_display = ["volunteer", "held_on", "coach"]
    form_fields = ["volunteer", "held_on", "note"]


class WaveViewSet(ModelViewSet):
    model = Wave
    icon = "warning"
    menu_label = _("Crisis waves")
    menu_order = 40
    copy_view_enabled = False
    list_display = ["title", "language", "opened_at", "closed_at"]
    form_fields = [
        "title", "language", "call", "training_starts_at", "training_place", "opened_at",
        "closed_at",
    ]  # fmt: skip


class PoolViewSetGroup(ViewSetGroup):
    menu_label = _("Volunteer pool")
    menu_icon = "group"
    menu_order = 270
    items = (
        VolunteerViewSet("taalhulpen_volunteers"),
        TrainingSessionViewSet("taalhulpen_trainings"),
        CoachingViewSet("taalhulpen_coaching"),
        WaveViewSet("taalhulpen_waves"),
    )


@hooks.register("register_admin_viewset")
def register_pool_viewsets():
    return PoolViewSetGroup()


@hooks.register("register_admin_urls")
def register_attendance_urls():
    urls = [path("<int:pk>/attendance/", views.attendance, name="attendance")]
    namespace = "taalhulpen_trainingsession"  # names the model: tests/portal/permission_walk
    return [path("language-helpers/training/", (urls, namespace, namespace))]
