"""Models of aanbod; filled by the aanbod issue (this app holds no models yet)."""
