"""The volunteer pool: language helpers and crisis interpreters matched to requests of local services."""
