"""Declarative setup of editor groups: model permissions, page permissions below a root page, and
a moderation workflow with one approval step. Each call adds what is missing and removes nothing,
so the apps run it again whenever their root page is saved."""

from __future__ import annotations

from collections.abc import Iterable

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

ADMIN_ACCESS = "wagtailadmin.access_admin"


def _lookup(names: Iterable[str]):
    return [name.split(".", 1) for name in names]


def find_permissions(names: Iterable[str]) -> list[Permission]:
    """Permissions by "app_label.codename"; an unknown one raises Permission.DoesNotExist."""
    return [
        Permission.objects.get(content_type__app_label=app_label, codename=codename)
        for app_label, codename in _lookup(names)
    ]


def permissions_exist(names: Iterable[str]) -> bool:
    """False while post_migrate has not created them all yet."""
    return all(
        Permission.objects.filter(content_type__app_label=app_label, codename=codename).exists()
        for app_label, codename in _lookup(names)
    )


@transaction.atomic
def group_ensure(
    name: str,
    permissions: Iterable[str] = (),
    *,
    page=None,
    page_permissions: Iterable[str] = (),
) -> Group:
    """The group `name` with at least these model permissions ("app_label.codename") and, on
    `page` and everything below it, these Wagtail page permissions ("add_page", ...)."""
    group, _created = Group.objects.get_or_create(name=name)
    if permissions:
        group.permissions.add(*find_permissions(permissions))
    for codename in page_permissions:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=page,
            permission=find_permissions([f"wagtailcore.{codename}"])[0],
        )
    return group


@transaction.atomic
def moderation_ensure(name: str, *, task_name: str, approvers: Group, page) -> Workflow:
    """The workflow `name` on `page`: one approval by `approvers` before anything goes live.
    A workflow that exists already keeps its tasks (the agency may have changed them)."""
    workflow, created = Workflow.objects.get_or_create(name=name)
    if created:
        task = GroupApprovalTask.objects.create(name=task_name)
        task.groups.set([approvers])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    return workflow
