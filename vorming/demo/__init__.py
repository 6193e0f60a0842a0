"""Demo content of the training calendar: the calendar page and its events."""
