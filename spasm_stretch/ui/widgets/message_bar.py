"""Messages in a bar at the top of the window: read, act or dismiss, never in the way.

A bar never takes the keyboard and never covers a page, so a question about
last night's cramp or an undo offer cannot stand between a person and a
stretch. Each message has a key; posting the same key again replaces it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from spasm_stretch.ui.widgets.announce import announce

Action = tuple[str, Callable[[], object]]


class MessageBar(QFrame):
    """One message: its text, its buttons, and a close button."""

    def __init__(
        self, text: str, actions: Sequence[Action], *, closable: bool, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        # A role, not a copied colour: the bar follows a theme switched while it is shown.
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 4, 10, 4)
        row = QHBoxLayout()
        row.setSpacing(6)
        row.addWidget(self.label, 1)
        outer.addLayout(row)
        # One action sits beside the text; a question's choices get rows of their own, three
        # to a row, so they fit a narrow window with large text.
        choices = QGridLayout()
        if len(actions) > 1:
            outer.addLayout(choices)
        self.buttons: list[QPushButton] = []
        for index, (text_, callback) in enumerate(actions):
            button = QPushButton(text_)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # never steal a key press
            button.setAccessibleName(text_)
            button.clicked.connect(callback)
            if len(actions) > 1:
                choices.addWidget(button, index // 3, index % 3)
            else:
                row.addWidget(button)
            self.buttons.append(button)
        if closable:
            close = QPushButton(self.tr("Dismiss"))
            close.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            close.setAccessibleName(self.tr("Dismiss this message"))
            close.clicked.connect(self.hide)
            row.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)


class MessageArea(QWidget):
    """The stack of bars above the pages."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._bars: dict[str, MessageBar] = {}
        self._timers: dict[str, QTimer] = {}

    def post(
        self,
        key: str,
        text: str,
        actions: Sequence[Action] = (),
        *,
        seconds: float | None = None,
        closable: bool = True,
    ) -> MessageBar:
        """Show ``text`` with ``actions`` (each also closes the bar); gone after ``seconds``."""
        self.remove(key)
        wrapped = [(label, self._closing(key, callback)) for label, callback in actions]
        bar = MessageBar(text, wrapped, closable=closable, parent=self)
        self._bars[key] = bar
        self._layout.addWidget(bar)
        bar.show()
        # Said as it appears ("Deleted ... Undo"): a bar never takes the focus, so a screen
        # reader would not notice it otherwise.
        words = [text, *(label.replace("&", "") for label, _ in actions)]
        announce(self, " ".join(word for word in words if word))
        if seconds is not None:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(lambda: self.remove(key))
            timer.start(round(seconds * 1000))
            self._timers[key] = timer
        return bar

    def _closing(self, key: str, callback: Callable[[], object]) -> Callable[[], None]:
        def run() -> None:
            self.remove(key)
            callback()

        return run

    def remove(self, key: str) -> None:
        """Take the message ``key`` away, if it is shown."""
        timer = self._timers.pop(key, None)
        if timer is not None:
            timer.stop()
            timer.deleteLater()
        bar = self._bars.pop(key, None)
        if bar is not None:
            bar.hide()
            bar.deleteLater()

    def clear(self) -> None:
        """Take every message away (the window is closing)."""
        for key in list(self._bars):
            self.remove(key)

    def showing(self, key: str) -> MessageBar | None:
        """The bar for ``key`` while it is on screen."""
        bar = self._bars.get(key)
        return bar if bar is not None and not bar.isHidden() else None
