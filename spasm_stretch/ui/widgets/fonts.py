"""Fonts sized relative to the application's text size, recomputed from it every time.

A widget given ``font.pointSizeF() * 1.6`` keeps that size when the text
size changes later, and a widget built after the change multiplies an
already scaled font. So a heading records only its factor here, and every
change of text size sets each such font again from the one base size.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

_FACTOR = "spasm_font_factor"
_BOLD = "spasm_font_bold"


def relative_font(widget: QWidget, factor: float, *, bold: bool = True) -> QFont:
    """Give ``widget`` the application font times ``factor``; kept so on every text size."""
    widget.setProperty(_FACTOR, factor)
    widget.setProperty(_BOLD, bold)
    font = _font(factor, bold=bold)
    widget.setFont(font)
    return font


def _font(factor: float, *, bold: bool) -> QFont:
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


def rescale_all() -> None:
    """Set every relative font again from the application font (after a text-size change)."""
    for widget in QApplication.allWidgets():
        factor = widget.property(_FACTOR)
        if isinstance(factor, float):
            widget.setFont(_font(factor, bold=bool(widget.property(_BOLD))))
