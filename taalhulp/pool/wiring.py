"""Everything the pool registers at start-up: privacy holders, retention, health, pages, demo."""

from django.apps import AppConfig
from django.db.models.signals import post_migrate

from taalhulp.pool import permissions


def connect(app: AppConfig) -> None:
    """Called once from the app's ready()."""
    # After migrate (and after a test flush) the coordinators' group exists.
    post_migrate.connect(permissions.ensure_after_migrate, sender=app)
