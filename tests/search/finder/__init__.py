"""Tests of the offer finder page."""
