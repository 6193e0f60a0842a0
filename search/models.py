"""Models of search; filled by the search issue (this app holds no models yet)."""
