"""Models of buddy: candidates, initiatives, proposals, exclusions and the transition log."""

from buddy.models.candidates import Candidate, Tombstone, Transition, email_digest
from buddy.models.initiatives import InitiativeIndexPage, InitiativeLanguage, InitiativePage
from buddy.models.proposals import Exclusion, MatchingRun, Proposal, contact_shared_q

__all__ = [
    "Candidate",
    "Exclusion",
    "InitiativeIndexPage",
    "InitiativeLanguage",
    "InitiativePage",
    "MatchingRun",
    "Proposal",
    "Tombstone",
    "Transition",
    "contact_shared_q",
    "email_digest",
]
