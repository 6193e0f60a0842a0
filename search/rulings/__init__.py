"""The case-law index: its documents, its query body, the engine search for vreemdelingenrecht."""
