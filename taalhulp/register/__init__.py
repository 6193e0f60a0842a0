"""The register of certified social interpreters and translators (app label `tolkenregister`)."""
