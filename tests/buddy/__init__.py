"""Tests of the buddy app (the matching engine has its own test_matching* files)."""
