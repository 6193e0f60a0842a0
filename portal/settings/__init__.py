"""Settings modules: base holds everything, dev/test/production only override."""
