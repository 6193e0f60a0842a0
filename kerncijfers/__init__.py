"""Kerncijfers: the public key figures page per quarter and the open data at /api/v1/stats/."""
