"""Plain-language check for editors: a pure scorer, the page editor side panel and a report."""
