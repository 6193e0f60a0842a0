"""Everything the pool registers at start-up: privacy holders, retention, health, pages, demo."""

from django.apps import AppConfig


def connect(app: AppConfig) -> None:
    """Called once from the app's ready()."""
