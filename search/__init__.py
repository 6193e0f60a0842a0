"""search: the offer search on OpenSearch/Elasticsearch, with a database fallback."""
