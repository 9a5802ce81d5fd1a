"""A cramp right now: the relief routing and episode controller, and the relief page."""
