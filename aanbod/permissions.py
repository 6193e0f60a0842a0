"""Editor groups per organisation and the agency's moderation workflow for offers."""

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

MODERATORS_GROUP = "Moderatoren aanbod"
WORKFLOW_NAME = "Moderatie aanbod"


def _admin_access(group: Group) -> None:
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )


def _grant(group: Group, page, codenames: list[str]) -> None:
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=page,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )


@transaction.atomic
def organisation_editors_ensure(organisation) -> Group:
    """The group whose members may add and edit only this organisation's offers. Publishing
    goes through the agency's moderators."""
    group, _created = Group.objects.get_or_create(name=f"Redactie {organisation.title_nl}"[:150])
    _admin_access(group)
    _grant(group, organisation, ["add_page", "change_page"])
    return group


@transaction.atomic
def offers_moderation_ensure(index_page) -> Workflow:
    """Agency moderators approve every offer before it goes live."""
    moderators, _created = Group.objects.get_or_create(name=MODERATORS_GROUP)
    _admin_access(moderators)
    _grant(moderators, index_page, ["add_page", "change_page", "publish_page"])
    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    if created:
        task = GroupApprovalTask.objects.create(name=_("Approval by the agency"))
        task.groups.set([moderators])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.update_or_create(page=index_page, defaults={"workflow": workflow})
    return workflow
