"""The pure state machines: allowed transitions, refusals and the final states."""

import pytest

from buddy.states import CANDIDATE, PROPOSAL, TransitionError


def test_proposal_happy_path():
    state = "suggested"
    for step in ["send", "volunteer_accept", "local_accept", "end"]:
        state = PROPOSAL.target(state, step)
    assert state == "ended"


@pytest.mark.parametrize(
    ("state", "step"),
    [
        ("suggested", "volunteer_accept"),  # nobody sent it yet
        ("proposed", "local_accept"),  # the volunteer decides first
        ("volunteer_declined", "send"),
        ("ended", "end"),
        ("expired", "volunteer_accept"),
    ],
)
def test_proposal_refuses_out_of_order_steps(state, step):
    with pytest.raises(TransitionError):
        PROPOSAL.target(state, step)


def test_unknown_transition_is_an_error():
    with pytest.raises(TransitionError, match="unknown"):
        CANDIDATE.target("available", "fly")


def test_anonymised_is_final():
    assert CANDIDATE.allowed("anonymised") == []
    assert PROPOSAL.allowed("ended") == []


def test_candidate_pause_and_resume():
    assert CANDIDATE.target(CANDIDATE.target("available", "pause"), "resume") == "available"
    assert "confirm" in CANDIDATE.allowed("unconfirmed")
