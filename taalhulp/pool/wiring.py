"""Everything the pool registers at start-up: privacy holders, retention, health, pages, demo."""

from django.apps import AppConfig
from django.db.models.signals import post_migrate

from portal.registries import page_context_providers
from taalhulp.pool import permissions
from taalhulp.pool.calls import open_wave_calls


def connect(app: AppConfig) -> None:
    """Called once from the app's ready()."""
    # After migrate (and after a test flush) the coordinators' group exists.
    post_migrate.connect(permissions.ensure_after_migrate, sender=app)
    # The crisis hub shows a call for every open crisis wave, without importing this app.
    page_context_providers.register("crisis.CrisisHubPage", open_wave_calls)
