"""Models of aanbod; its own issue fills them (no models yet)."""
