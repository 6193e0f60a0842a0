"""Admin upload of target-group figures per municipality (CSV), with errors per line."""

from __future__ import annotations

from django import forms
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from portal.audit import audit
from portal.models import TargetGroupFigure
from portal.regions import COLUMNS, import_target_groups

NAMESPACE = "portal_target_groups"
PERMISSION = "portal.add_targetgroupfigure"
MAX_BYTES = 5 * 1024 * 1024


class UploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("CSV file"),
        help_text=gettext_lazy(
            "UTF-8, with a header row: municipality, group, date, count. Municipality: the NIS "
            "code or the Dutch name."
        ),
    )
    dry_run = forms.BooleanField(
        label=gettext_lazy("Only check the file, save nothing"), required=False
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(_("The file is larger than 5 MB. Split it and try again."))
        try:
            return upload.read().decode("utf-8")
        except UnicodeDecodeError:
            raise forms.ValidationError(
                _("The file is not UTF-8 text. Save it as CSV UTF-8 and try again.")
            ) from None


def upload(request):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    result = None
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        dry_run = form.cleaned_data["dry_run"]
        result = import_target_groups(form.cleaned_data["file"], dry_run=dry_run)
        audit(
            request,
            "portal.target_groups_checked" if dry_run else "portal.target_groups_imported",
            detail=f"{result.lines} lines, {result.rejected} rejected",
        )
    title = _("Target-group figures")
    return TemplateResponse(
        request,
        "portal/admin/target_groups.html",
        {
            "page_title": title,
            "header_title": title,
            "header_icon": "upload",
            "breadcrumbs_items": [],
            "form": form,
            "result": result,
            "columns": COLUMNS,
            "groups": TargetGroupFigure.Group.choices,
            "figures": TargetGroupFigure.objects.count(),
        },
    )


class UploadMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


@hooks.register("register_admin_urls")
def register_upload_urls():
    return [path("target-groups/", ([path("", upload, name="upload")], NAMESPACE, NAMESPACE))]


@hooks.register("register_admin_menu_item")
def register_upload_menu_item():
    return UploadMenuItem(
        gettext_lazy("Target-group figures"),
        reverse(f"{NAMESPACE}:upload"),
        icon_name="upload",
        order=285,
    )
