"""Management commands of the interpreter register."""
