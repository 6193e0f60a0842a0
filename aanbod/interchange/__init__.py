"""The offer interchange format: records, checks, field map, import, export and publishing."""
