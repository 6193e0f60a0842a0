"""Management commands of the interpreter register: import_interpreters."""
