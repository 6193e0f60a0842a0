"""aanbod: the offer catalogue (practice opportunities, participation, courses, leisure)."""
