"""Registries through which apps plug into the portal, so the ground never imports the apps above.

Each app registers what it contributes from its AppConfig.ready(); portal only iterates."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")


class Registry(Generic[T]):
    """Named contributions, kept in the order they were registered.

    Registering the same key twice with the same object is harmless (ready() may run again in
    tests); a different object under a taken key is a programming error."""

    def __init__(self, name: str):
        self.name = name
        self._items: dict[str, T] = {}

    def register(self, key: str, item: T) -> T:
        current = self._items.get(key)
        if current is not None and current is not item and current != item:
            raise ValueError(f"{self.name}: {key!r} is already registered")
        self._items[key] = item
        return item

    def get(self, key: str) -> T | None:
        return self._items.get(key)

    def __getitem__(self, key: str) -> T:
        try:
            return self._items[key]
        except KeyError:
            raise KeyError(f"{self.name}: nothing registered as {key!r}") from None

    def __contains__(self, key: object) -> bool:
        return key in self._items

    def __iter__(self) -> Iterator[T]:
        return iter(list(self._items.values()))

    def __len__(self) -> int:
        return len(self._items)

    def keys(self) -> list[str]:
        return list(self._items)

    def items(self) -> list[tuple[str, T]]:
        return list(self._items.items())

    def unregister(self, key: str) -> None:
        """For tests that register a contribution of their own."""
        self._items.pop(key, None)


# Personal data about an e-mail address: kind -> portal.privacy.holders.Holder (find, export,
# erase); register with holders.register().
personal_data_holders: Registry = Registry("personal data holders")
# Retention jobs run nightly by portal.privacy.retention.run_all: name -> retention.RetentionJob
# (run(now) -> count, position); register with retention.register().
retention_jobs: Registry = Registry("retention jobs")
# /healthz checks after the portal's own: name -> portal.health.HealthCheck (check() raises when
# down, configured() -> bool, critical).
health_checks: Registry = Registry("health checks")
# Prometheus gauges read at scrape time, after the outbox's: name -> callable() yielding metric
# families (portal/metrics.py).
metric_collectors: Registry[Callable] = Registry("metric collectors")
# Engine searches another app may ask for by name (the database path stays with the caller).
engine_searches: Registry[Callable] = Registry("engine searches")
# Steps of `manage.py seed_demo`: key -> portal.demo_steps.DemoStep (label, builder, position).
demo_builders: Registry = Registry("demo builders")
# Context a page type gets from the apps: model label ("app.Model", or "app.Model+<app>" when
# several apps add to one type) -> callable(page, request) -> dict, merged by
# BasePage.get_context (the page model need not import services).
page_context_providers: Registry[Callable] = Registry("page context providers")
# Quarterly key figures for the kerncijfers page and /api/v1/stats/: key ->
# portal.key_figures.KeyFigure; register with key_figures.register().
key_figures: Registry = Registry("key figures")
# Local services that serve a municipality, for an app that must point people to one without
# importing the app that keeps them: key -> portal.local_services.ServiceDirectory.
local_services: Registry = Registry("local services")
# What the 40-hour planner needs of offers, by id, for its no-JS view: key -> dotted path of a
# callable(ids) -> {id: facts dict} (docs/inburgering.md); aanbod fills it.
offer_plan_facts: Registry[str] = Registry("offer plan facts")
# Actions shown on an offer card and page: key -> dotted path of a callable(context, facts) ->
# HTML, read by {% offer_actions %}; the planner adds "Add to My 40 hours".
offer_actions: Registry[str] = Registry("offer actions")
