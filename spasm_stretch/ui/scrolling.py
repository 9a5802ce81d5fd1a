"""Pages that scroll up and down instead of clipping on a small screen with large text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QWidget


def vertical_scroll(content: QWidget, name: str) -> QScrollArea:
    """``content`` at the width it is given, scrolling when it is taller than its room.

    The area takes the keyboard (arrows and Page Down scroll it), so it has
    the ``name`` a screen reader says when it does.
    """
    scroll = QScrollArea()
    scroll.setAccessibleName(name)
    scroll.setWidget(content)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return scroll
