"""Tests for log."""
