"""Contrast as WCAG measures it, and fading a colour no further than is still readable."""

from __future__ import annotations

from PySide6.QtGui import QColor

TEXT_CONTRAST = 4.6  # WCAG AA asks 4.5:1 of text; a little over, as colours round


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two opaque colours, 1 to 21."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def muted(
    text: QColor, background: QColor, share: float, *, minimum: float = TEXT_CONTRAST
) -> QColor:
    """``text`` faded toward ``background`` to ``share``, but never below ``minimum`` against it.

    Secondary lines and a paused countdown are drawn fainter than the main
    text so the eye finds the main text first; fading by a fixed alpha left
    them at 1.7 to 3.6:1 in one theme or another. The share rises (to the full
    colour at most) until the words read at AA (or a control's edge at 3:1).
    """
    share = min(max(share, 0.0), 1.0)
    while True:
        colour = QColor.fromRgbF(
            share * text.redF() + (1 - share) * background.redF(),
            share * text.greenF() + (1 - share) * background.greenF(),
            share * text.blueF() + (1 - share) * background.blueF(),
        )
        if share >= 1.0 or contrast_ratio(colour, background) >= minimum:
            return colour
        share = min(1.0, share + 0.02)
