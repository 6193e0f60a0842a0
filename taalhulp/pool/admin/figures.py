"""Admin hooks of the pool: figures."""
