"""Migrations of the interpreter register."""
