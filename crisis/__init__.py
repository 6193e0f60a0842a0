"""crisis: a hub page for any crisis (first used for people fleeing Ukraine)."""
