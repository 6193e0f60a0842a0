"""Workflows of the buddy app: registration, self-service, proposals, matching runs, retention."""
