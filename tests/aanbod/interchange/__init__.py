"""Tests of the offer interchange: format, import, export."""
