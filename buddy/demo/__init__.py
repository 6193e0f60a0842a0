"""Demo content of the buddy app: the demo matching run and its workflow states."""
