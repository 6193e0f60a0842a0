"""Admin hooks of the pool: requests."""
