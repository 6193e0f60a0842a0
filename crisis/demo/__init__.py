"""Demo content of the crisis hub: hub texts, publications, pictograms and FAQ."""
