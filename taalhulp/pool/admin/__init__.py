"""Admin screens of the volunteer pool: requests of local services, the coordinator's cockpit,
figures, volunteers, training and waves."""
