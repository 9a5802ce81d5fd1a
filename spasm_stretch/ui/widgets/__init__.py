"""Widgets and looks shared by several features: labels that fit, message bars, theme, icons."""
