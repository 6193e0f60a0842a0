"""Models of vreemdelingenrecht; filled by the vreemdelingenrecht issue (this app holds no models yet)."""
