"""Demo content of inburgering."""
