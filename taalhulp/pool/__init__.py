"""The volunteer pool: language helpers and crisis interpreters matched to local services."""
