"""The training and event calendar (vormingskalender): trainings, webinars, e-learnings."""
