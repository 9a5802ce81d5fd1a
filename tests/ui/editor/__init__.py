"""Tests for editor."""
