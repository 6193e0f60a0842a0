"""Demo content of the portal: the home page, sections, footer pages and the demo places."""
