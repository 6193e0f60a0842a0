"""The search demand log: privacy-safe records of what visitors seek, and the offer-gap insight."""
