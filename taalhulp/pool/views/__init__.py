"""Public views of the volunteer pool."""
