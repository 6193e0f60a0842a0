"""The legal editors' group and the moderation workflow for everything in the legal section."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

EDITORS_GROUP = "Redactie vreemdelingenrecht"
REVIEWERS_GROUP = "Juristen vreemdelingenrecht"
WORKFLOW_NAME = "Juridische nalezing"


def _grant(group: Group, page, codenames: list[str]) -> None:
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=page,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )


@transaction.atomic
def legal_moderation_ensure(index_page) -> Workflow:
    """Editors write, lawyers approve: every legal page goes live after a legal review."""
    editors, _created = Group.objects.get_or_create(name=EDITORS_GROUP)
    reviewers, _created = Group.objects.get_or_create(name=REVIEWERS_GROUP)
    _grant(editors, index_page, ["add_page", "change_page"])
    _grant(reviewers, index_page, ["add_page", "change_page", "publish_page"])
    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    if created:
        task = GroupApprovalTask.objects.create(name=_("Legal review"))
        task.groups.set([reviewers])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.update_or_create(page=index_page, defaults={"workflow": workflow})
    return workflow
