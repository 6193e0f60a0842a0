"""Apply a state-machine transition to a candidate or proposal and log who, when and why."""

from django.db import models

from buddy import states
from buddy.models import Candidate, Proposal, Transition

MACHINES = {
    Candidate: ("candidate", "status", states.CANDIDATE),
    Proposal: ("proposal", "state", states.PROPOSAL),
}


def apply(obj: models.Model, name: str, *, actor=None, role: str = "system", reason: str = ""):
    """Move `obj` along transition `name` (TransitionError when not allowed) and log it.

    The caller saves any other fields it changed; this saves the state field and the log.
    """
    entity, field, machine = MACHINES[type(obj)]
    source = getattr(obj, field)
    target = machine.target(source, name)
    setattr(obj, field, target)
    obj.save()
    if actor is not None and not getattr(actor, "is_authenticated", False):
        actor = None
    Transition.objects.create(
        entity=entity,
        object_id=obj.pk,
        name=name,
        source=source,
        target=target,
        actor=actor,
        actor_role=role,
        reason=reason[:2000],
    )
    return obj


def history(obj: models.Model):
    entity = MACHINES[type(obj)][0]
    return Transition.objects.filter(entity=entity, object_id=obj.pk).select_related("actor")
