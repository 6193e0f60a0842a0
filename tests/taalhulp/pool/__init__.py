"""Tests of the volunteer pool (taalhulp.pool)."""
