"""Explicit state machines for candidates and proposals (pure: no Django imports)."""

from __future__ import annotations

from dataclasses import dataclass


class TransitionError(Exception):
    """A transition that the state machine does not allow from the current state."""


@dataclass(frozen=True)
class StateMachine:
    name: str
    # transition name -> (allowed source states, target state)
    transitions: dict[str, tuple[frozenset[str], str]]

    def target(self, current: str, transition: str) -> str:
        """The state after `transition`, or TransitionError when it is not allowed now."""
        try:
            sources, target = self.transitions[transition]
        except KeyError:
            raise TransitionError(f"{self.name}: unknown transition {transition!r}") from None
        if current not in sources:
            raise TransitionError(f"{self.name}: cannot {transition} from {current!r}")
        return target

    def allowed(self, current: str) -> list[str]:
        return [name for name, (sources, _t) in self.transitions.items() if current in sources]

    def states(self) -> set[str]:
        found = set()
        for sources, target in self.transitions.values():
            found |= sources
            found.add(target)
        return found


def _t(sources: str, target: str) -> tuple[frozenset[str], str]:
    return frozenset(sources.split()), target


# Candidate: unconfirmed -> available <-> paused; withdrawn, dormant and anonymised are exits.
CANDIDATE = StateMachine(
    "candidate",
    {
        "confirm": _t("unconfirmed", "available"),
        "pause": _t("available dormant", "paused"),
        "resume": _t("paused dormant", "available"),
        "withdraw": _t("unconfirmed available paused dormant", "withdrawn"),
        "rejoin": _t("withdrawn", "available"),
        "go_dormant": _t("available paused", "dormant"),
        "wake": _t("dormant", "available"),
        "anonymise": _t("unconfirmed available paused dormant withdrawn", "anonymised"),
    },
)

# Proposal: the engine suggests; a coordinator sends; the volunteer, then the local
# coordinator decide; an active pair ends with a reason.
PROPOSAL = StateMachine(
    "proposal",
    {
        "send": _t("suggested", "proposed"),
        "discard": _t("suggested", "discarded"),
        "volunteer_accept": _t("proposed", "volunteer_accepted"),
        "volunteer_decline": _t("proposed", "volunteer_declined"),
        "expire": _t("proposed", "expired"),
        "local_accept": _t("volunteer_accepted", "active"),
        "local_decline": _t("volunteer_accepted", "local_declined"),
        "end": _t("active", "ended"),
        "withdraw": _t("suggested proposed volunteer_accepted", "withdrawn"),
    },
)

# States in which a proposal still claims a place on both sides.
PROPOSAL_OPEN = frozenset({"suggested", "proposed", "volunteer_accepted", "active"})
# States after which the local coordinator may see the volunteer's contact details.
PROPOSAL_CONTACT_SHARED = frozenset({"volunteer_accepted", "active", "local_declined", "ended"})
# Decisions that write an exclusion for the pair.
DECLINES = frozenset({"volunteer_decline", "local_decline"})
