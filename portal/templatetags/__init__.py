"""Template tags of the portal app."""
