"""Tests for spasm-stretch."""
