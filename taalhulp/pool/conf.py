"""Settings of the volunteer pool with their defaults; override any in the Django settings."""

from django.conf import settings

DEFAULTS = {
    # Hours a volunteer has to answer a confirmed proposal; one reminder after half of them.
    "TAALHULP_PROPOSAL_HOURS": 48,
    # The engine's deterministic time limit per run (CP-SAT work units, about seconds).
    "TAALHULP_MATCHING_TIME_LIMIT": 30.0,
    # How long an answer link stays valid at most (the proposal's own expiry also counts).
    "TAALHULP_LINK_DAYS": 14,
}


def get(name: str):
    return getattr(settings, name, DEFAULTS[name])
