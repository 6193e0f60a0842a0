"""Models of buddy; filled by the buddy issue (this app holds no models yet)."""
