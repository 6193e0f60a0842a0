"""gunicorn settings for several web processes: Prometheus counters of every process add up."""

import os

from prometheus_client import multiprocess


def child_exit(server, worker):
    """A finished worker's live metrics files go; its counters stay in the totals."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        multiprocess.mark_process_dead(worker.pid)
