"""Admin hooks of the pool: cockpit."""
