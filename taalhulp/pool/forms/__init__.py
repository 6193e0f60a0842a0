"""Forms of the volunteer pool's public pages."""
