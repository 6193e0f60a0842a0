"""vreemdelingenrecht: legal information for professionals on the position of foreigners."""
