"""The buddy matching engine before issue 20 item 6 (pairs, reasons): the tests' reference."""
