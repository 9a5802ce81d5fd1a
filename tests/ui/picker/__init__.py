"""Tests for picker."""
