"""Template tags of the aanbod app."""
