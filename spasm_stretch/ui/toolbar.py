"""A toolbar that drops its button words before it would hide a button behind "»".

Mute, Stop and the other session controls must stay one click away on a
small screen or with large text, so when the buttons with words do not fit
the bar's width they show only their icons (actions without one keep their
words); with room again, the words come back.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QToolBar, QWidget

WORDS = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
ICONS = Qt.ToolButtonStyle.ToolButtonIconOnly


class FittingToolBar(QToolBar):
    """A QToolBar whose buttons show words only while all of them fit."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setToolButtonStyle(WORDS)
        self._words_need = 0  # width the buttons took with words, measured when last shown so

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Choose words or icons for the new width."""
        super().resizeEvent(event)
        self.fit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Larger text makes wider buttons: measure again."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self._words_need = 0
            self.setToolButtonStyle(WORDS)
            self.fit()

    def fit(self) -> None:
        """Words when they fit the bar, icons only when they would not."""
        if self.toolButtonStyle() is WORDS:
            self._words_need = self._needed()
        fits = self._words_need <= self.width()
        style = WORDS if fits else ICONS
        if style is not self.toolButtonStyle():
            self.setToolButtonStyle(style)

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
