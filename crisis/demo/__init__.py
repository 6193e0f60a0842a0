"""Demo content of the crisis hub: hub texts, webinars, publications, pictograms and FAQ."""
