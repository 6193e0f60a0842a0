"""Demo content of the legal section: topics, rulings, news and front-line services."""
