"""The red box for red flags: the same on the relief page and in the history."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel

WARNING_COLOURS = ("#b3261e", "#ffffff")  # background, text: strong enough in both themes


def warning_label(accessible_name: str, *, margin: int = 10) -> QLabel:
    """A wrapped label in white on red, starting hidden until there is something to say."""
    label = QLabel()
    label.setWordWrap(True)
    label.setAccessibleDescription(accessible_name)  # the name stays its text
    label.setMargin(margin)
    label.setAutoFillBackground(True)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(WARNING_COLOURS[0]))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(WARNING_COLOURS[1]))
    label.setPalette(palette)
    label.hide()
    return label
