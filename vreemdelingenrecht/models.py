"""Models of vreemdelingenrecht; its own issue fills them (no models yet)."""
