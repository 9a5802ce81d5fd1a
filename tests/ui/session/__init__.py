"""Tests for session."""
