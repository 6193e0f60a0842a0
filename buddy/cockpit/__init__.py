"""The coordinator cockpit in the Wagtail admin, scoped by role."""
