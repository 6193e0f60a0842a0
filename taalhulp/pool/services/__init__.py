"""Workflows of the volunteer pool."""
