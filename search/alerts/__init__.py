"""Saved searches of the aanbodzoeker: double opt-in e-mail alerts and a feed per search."""
