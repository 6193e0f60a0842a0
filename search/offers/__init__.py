"""The offer search ("aanbodzoeker"): parameters, query, engine and database implementations."""
