"""Tests for settings."""
