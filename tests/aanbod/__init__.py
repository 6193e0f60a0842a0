"""Tests for the aanbod app."""
