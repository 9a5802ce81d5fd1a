"""spasm-stretch: guided stretching for muscle cramps and spasms."""

__version__ = "0.1.0"
