"""Demo content of kerncijfers."""
