"""Tests for relief."""
