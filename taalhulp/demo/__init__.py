"""Demo content of language help: the decision aid page, its default rules and the fan."""
