"""Template tags of the buddy app."""
