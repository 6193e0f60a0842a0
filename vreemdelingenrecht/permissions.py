"""The legal editors' group and the moderation workflow for everything in the legal section."""

from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Workflow

from portal.permissions_setup import ADMIN_ACCESS, group_ensure, moderation_ensure

EDITORS_GROUP = "Redactie vreemdelingenrecht"
REVIEWERS_GROUP = "Juristen vreemdelingenrecht"
WORKFLOW_NAME = "Juridische nalezing"


@transaction.atomic
def legal_moderation_ensure(index_page) -> Workflow:
    """Editors write, lawyers approve: every legal page goes live after a legal review."""
    group_ensure(
        EDITORS_GROUP,
        [ADMIN_ACCESS],
        page=index_page,
        page_permissions=["add_page", "change_page"],
    )
    reviewers = group_ensure(
        REVIEWERS_GROUP,
        [ADMIN_ACCESS],
        page=index_page,
        page_permissions=["add_page", "change_page", "publish_page"],
    )
    return moderation_ensure(
        WORKFLOW_NAME, task_name=_("Legal review"), approvers=reviewers, page=index_page
    )
