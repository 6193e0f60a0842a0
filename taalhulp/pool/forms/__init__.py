"""Forms of the volunteer pool: the volunteers' public pages and the local services' requests."""
