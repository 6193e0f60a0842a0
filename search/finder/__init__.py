"""The offer finder page ("aanbodzoeker"): list and map, its URL state and its routes."""
