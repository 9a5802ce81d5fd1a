"""Toolkit-free core: routine model, YAML loader, plan and session engine.

Nothing in this package imports Qt, so it is tested without a display and
reused by the command line.
"""
