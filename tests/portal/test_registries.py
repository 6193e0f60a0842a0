"""What the apps register with the portal, in the order the portal uses it."""

import pytest

from portal import demo_steps, registries
from portal.privacy import holders, retention


def test_personal_data_kinds_come_in_the_order_of_the_download():
    assert holders.kinds() == [
        "volunteer", "newsletter", "saved_searches", "interpreter_register", "language_helper",
        "emails",
    ]  # fmt: skip
    assert set(holders.labels()) == set(holders.kinds())


def test_retention_jobs_run_in_their_order():
    assert [job.name for job in retention.jobs()] == [
        "outbox_prune",
        "audit_prune",
        "saved_searches_unconfirmed",
        "saved_searches_expire",
        "search_events_prune",
        "search_demand_prune",
        "newsletter_unconfirmed",
        "newsletter_deliveries",
        "taalhulpen_unconfirmed",
        "taalhulpen_withdrawn",
        "taalhulpen_inactive",
        "taalhulpen_request_texts",
        "taalhulpen_requests",
        "links_prune",
        "ledger_prune",
    ]


def test_demo_steps_build_the_ground_first():
    apps = [step.label.split(":")[0] for step in demo_steps.steps()]
    assert apps == [
        "portal", "aanbod", "aanbod", "search", "buddy", "vreemdelingenrecht", "crisis",
        "vorming", "taalhulp", "inburgering", "inburgering", "nieuwsbrief", "tolkenregister",
        "taalhulpen", "search", "kerncijfers",
    ]  # fmt: skip


def test_search_adds_its_health_check_and_gauge():
    assert registries.health_checks.keys() == ["search"]
    assert registries.metric_collectors.keys() == ["search_pending_index_updates"]


def test_registering_again_is_harmless_but_a_rival_is_refused():
    registry = registries.Registry("test")
    step = demo_steps.DemoStep(label="x", position=1, builder="a.b")
    registry.register("x", step)
    registry.register("x", demo_steps.DemoStep(label="x", position=1, builder="a.b"))
    with pytest.raises(ValueError, match="already registered"):
        registry.register("x", demo_steps.DemoStep(label="y", position=1, builder="a.b"))
    assert registry.keys() == ["x"]
