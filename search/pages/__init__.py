"""The pages index behind the site search: its documents and its query body."""
