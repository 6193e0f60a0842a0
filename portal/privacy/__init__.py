"""GDPR in the product: self-service export and erasure, the erasure ledger, retention jobs."""
