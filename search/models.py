"""Models of search; its own issue fills them (no models yet)."""
