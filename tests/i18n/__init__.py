"""Tests of the language choice and the translations."""
