"""Editor groups per organisation and the agency's moderation workflow for offers."""

from django.contrib.auth.models import Group
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Workflow

from portal.permissions_setup import ADMIN_ACCESS, group_ensure, moderation_ensure

MODERATORS_GROUP = "Moderatoren aanbod"
WORKFLOW_NAME = "Moderatie aanbod"


def organisation_editors_ensure(organisation) -> Group:
    """The group whose members may add and edit only this organisation's offers. Publishing
    goes through the agency's moderators."""
    return group_ensure(
        f"Redactie {organisation.title_nl}"[:150],
        [ADMIN_ACCESS],
        page=organisation,
        page_permissions=["add_page", "change_page"],
    )


@transaction.atomic
def offers_moderation_ensure(index_page) -> Workflow:
    """Agency moderators approve every offer before it goes live."""
    moderators = group_ensure(
        MODERATORS_GROUP,
        [ADMIN_ACCESS],
        page=index_page,
        page_permissions=["add_page", "change_page", "publish_page"],
    )
    return moderation_ensure(
        WORKFLOW_NAME, task_name=_("Approval by the agency"), approvers=moderators, page=index_page
    )
