"""The steps of `manage.py seed_demo`: each app registers how it builds its demo content."""

from __future__ import annotations

from dataclasses import dataclass

from portal import registries


@dataclass(frozen=True)
class DemoStep:
    """One line of seed_demo's output and what it does: a management command, or a builder
    called with seed= (and home=, the site's HomePage, when `with_home`)."""

    label: str
    position: int  # steps run in this order: later content builds on earlier content
    # Dotted path: factories pull in factory_boy and Faker, which only seed_demo needs.
    builder: str = ""
    with_home: bool = True
    command: str = ""


def register(key: str, step: DemoStep) -> DemoStep:
    return registries.demo_builders.register(key, step)


def steps() -> list[DemoStep]:
    return sorted(registries.demo_builders, key=lambda step: step.position)
