"""Admin views that show personal data write an access-log entry (no search words, no addresses)."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet

from portal.audit import audit
from portal.models import AuditEvent


class ListAccessLogged:
    """For an index view: every page of the listing that is shown is logged."""

    access_action = ""

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        searched = "yes" if request.GET.get("q") else "no"
        audit(
            request,
            self.access_action,
            detail=f"list page {request.GET.get('p', '1')[:6]}; searched: {searched}",
        )
        return response


class ObjectAccessLogged:
    """For an edit or inspect view: showing the record is logged against it."""

    access_action = ""

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        audit(request, self.access_action, self.object)
        return response


class AuditEventFilterSet(WagtailFilterSet):
    """Filters of the audit log: who, what, which kind of record, and a range of days."""

    username = django_filters.CharFilter(label=_("User name"), lookup_expr="iexact")
    action = django_filters.CharFilter(label=_("Action"), lookup_expr="startswith")
    object_type = django_filters.CharFilter(label=_("Object type"), lookup_expr="iexact")
    object_id = django_filters.CharFilter(label=_("Object id"))
    at = django_filters.DateFromToRangeFilter(
        label=_("Date"), widget=DateRangePickerWidget, field_name="at"
    )

    class Meta:
        model = AuditEvent
        fields = ["username", "action", "object_type", "object_id", "at"]
