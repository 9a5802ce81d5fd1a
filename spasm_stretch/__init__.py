"""spasm-stretch: guided stretching for muscle cramps and spasms."""

__version__ = "0.1.0"
APP_TITLE = "spasm-stretch"  # the window's title when no routine is open
