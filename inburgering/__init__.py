"""Inburgering: the way into Flemish society (Dutch course orientation, later more)."""
