"""taalhulp: language help for local services: the decision aid, the interpreter register and the
matching engine for volunteer language helpers and crisis interpreters."""
