"""Celery tasks of the demand log: the nightly rollup and the weekly digest of new gaps."""

from celery import shared_task

from search.demand import digest, services


@shared_task(name="search_demand.tasks.rollup_nightly")
def rollup_nightly() -> int:
    return services.rollup()


@shared_task(name="search_demand.tasks.send_gap_digest")
def send_gap_digest() -> int:
    return digest.send()
