"""Models of the volunteer pool: volunteers, training, local services, requests and proposals."""

from taalhulp.pool.models.proposals import Exclusion, MatchRun, Proposal
from taalhulp.pool.models.requests import HelpRequest, LocalService
from taalhulp.pool.models.training import CoachingSession, TrainingSession, TrainingSignup
from taalhulp.pool.models.volunteers import Unavailability, Volunteer, Wave, WeeklySlot

__all__ = [
    "CoachingSession",
    "Exclusion",
    "HelpRequest",
    "LocalService",
    "MatchRun",
    "Proposal",
    "TrainingSession",
    "TrainingSignup",
    "Unavailability",
    "Volunteer",
    "Wave",
    "WeeklySlot",
]
