"""Admin hooks of the pool: volunteers."""
