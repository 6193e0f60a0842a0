"""What the pool registers at start-up: privacy, retention, key figures, health, pages, demo."""

from django.apps import AppConfig
from django.db.models.signals import post_migrate

from portal import demo_steps
from portal.registries import page_context_providers
from taalhulp.pool import key_figures, permissions, privacy
from taalhulp.pool.calls import open_wave_calls
from taalhulp.pool.services import retention


def connect(app: AppConfig) -> None:
    """Called once from the app's ready()."""
    # After migrate (and after a test flush) the coordinators' group exists.
    post_migrate.connect(permissions.ensure_after_migrate, sender=app)
    privacy.register()
    retention.register()
    key_figures.register()
    demo_steps.register(
        "taalhulpen",
        demo_steps.DemoStep(
            label="taalhulpen: 200 volunteers, 15 local services, 400 requests, a crisis wave",
            position=80,
            builder="taalhulp.pool.demo.generate",
            with_home=False,
        ),
    )
    # The crisis hub shows a call for every open crisis wave, without importing this app.
    page_context_providers.register("crisis.CrisisHubPage", open_wave_calls)
