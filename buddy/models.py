"""Models of buddy; its own issue fills them (no models yet)."""
