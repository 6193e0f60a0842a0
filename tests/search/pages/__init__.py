"""Tests of the pages index and the site search query body."""
