"""Taalhulp: language help by volunteers and crisis interpreters (the matching engine for now)."""
