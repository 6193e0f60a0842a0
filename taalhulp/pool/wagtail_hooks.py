"""Wagtail admin of the volunteer pool: each admin module registers its own hooks on import."""

from taalhulp.pool.admin import cockpit, figures, requests, volunteers

__all__ = ["cockpit", "figures", "requests", "volunteers"]
