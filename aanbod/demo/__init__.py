"""Demo content of the offer catalogue: texts and places for `seed_demo`."""
