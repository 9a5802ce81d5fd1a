"""A toolbar that drops its button words before it would hide a button behind "»".

Mute, Stop and the other session controls must stay one click away on a
small screen or with large text, so when the buttons with words do not fit
the bar's width they show only their icons (actions without one keep their
words); with room again, the words come back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QToolBar, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QActionEvent, QResizeEvent

WORDS = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
ICONS = Qt.ToolButtonStyle.ToolButtonIconOnly


class FittingToolBar(QToolBar):
    """A QToolBar whose buttons show words only while all of them fit."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setToolButtonStyle(WORDS)
        self._fitting = False

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Choose words or icons for the new width."""
        super().resizeEvent(event)
        self.fit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Larger text makes wider buttons: measure again."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self.fit()

    def actionEvent(self, event: QActionEvent) -> None:  # noqa: N802 - Qt override
        """A button shown, hidden or renamed (the cramp clock): measure again."""
        super().actionEvent(event)
        self.fit()

    def fit(self) -> None:
        """Words when they fit the bar, icons only when they would not.

        Measured with words each time, within one call, so nothing is drawn
        in between and the bar never flickers.
        """
        if self._fitting:
            return
        self._fitting = True
        try:
            self.setToolButtonStyle(WORDS)
            if self._needed() > self.width():
                self.setToolButtonStyle(ICONS)
        finally:
            self._fitting = False

    def _needed(self) -> int:
        margins = self.contentsMargins()
        layout = self.layout()
        spacing = layout.spacing() if layout is not None else 0
        widths = [
            button.sizeHint().width() + spacing
            for action in self.actions()
            if action.isVisible() and (button := self.widgetForAction(action)) is not None
        ]
        return sum(widths) + margins.left() + margins.right() + 24  # the handle and extension
