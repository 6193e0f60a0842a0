"""buddy: volunteer buddy registration and matching with local initiatives."""
