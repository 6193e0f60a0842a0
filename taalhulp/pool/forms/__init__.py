"""Forms of the volunteer pool."""
