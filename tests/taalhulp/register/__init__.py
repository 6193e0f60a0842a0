"""Tests of the interpreter register (taalhulp.register, label tolkenregister)."""
