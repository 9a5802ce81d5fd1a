"""Messages in a bar at the top of the window: read, act or dismiss, never in the way.

A bar never takes the keyboard and never covers a page, so a question about
last night's cramp or an undo offer cannot stand between a person and a
stretch. Each message has a key; posting the same key again replaces it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from spasm_stretch.ui.widgets.flow_layout import FlowLayout
from spasm_stretch.ui.widgets.scrolling import vertical_scroll

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
        self.row = row  # the text's row, where a bar's own extra button can go
        outer.addLayout(row)
        # One action sits beside the text; a question's choices get rows of their own,
        # wrapped to the bar's width, so they fit a narrow window with large text.
        choices = FlowLayout()
        if len(actions) > 1:
            outer.addLayout(choices)
        self.buttons: list[QPushButton] = []
        for text_, callback in actions:
            button = QPushButton(text_)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # never steal a key press
            button.setAccessibleName(text_)
            button.clicked.connect(callback)
            if len(actions) > 1:
                choices.addWidget(button)
            else:
                row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)  # in view of a bar that scrolls
            self.buttons.append(button)
        if closable:
            close = QPushButton(self.tr("Dismiss"))
            close.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            close.setAccessibleName(self.tr("Dismiss this message"))
            close.clicked.connect(self.hide)
            row.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)


def _least_height(page: QWidget) -> int:
    """The height ``page`` needs at its width, wrapped lines included.

    A page's minimum size leaves out lines that wrap (the paused banner at
    200 %), so a page given only its minimum cut those lines off.
    """
    shown = page.currentWidget() if isinstance(page, QStackedWidget) else page
    least = page.minimumSizeHint().height()
    layout = shown.layout() if shown is not None else None
    if layout is not None and layout.hasHeightForWidth():
        least = max(least, layout.totalMinimumHeightForWidth(page.width()))
    return least


SHARE = 0.25  # of the window's height at most, and only what the page under it can spare


class MessageArea(QWidget):
    """The stack of bars above the pages, scrolling within the room the page can spare.

    A long bar (the first-run notice at 200 % text) took ~280 px of a 680 px
    window and squeezed the page under it until its words were cut off.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stack = QWidget()
        self._layout = QVBoxLayout(self._stack)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._scroll = vertical_scroll(self._stack, self.tr("Messages"))
        self._stack.installEventFilter(self)  # a bar's words changed (a notice unfolded)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._scroll)
        self._bars: dict[str, MessageBar] = {}
        self._timers: dict[str, QTimer] = {}
        self.hide()

    def _fit(self) -> None:
        """As tall as the bars need, up to a quarter of the window; hidden when empty."""
        shown = any(not bar.isHidden() for bar in self._bars.values())
        self.setVisible(shown)
        if not shown:
            return
        width = self._scroll.viewport().width() or self.width()
        needed = self._stack.heightForWidth(width) if self._stack.hasHeightForWidth() else -1
        if needed <= 0:
            needed = self._stack.sizeHint().height()
        self._scroll.setFixedHeight(max(1, min(needed, self._room())))

    def _room(self) -> int:
        """What the page beside the bars can spare: never less than one line, at most a share.

        The pages under the bars keep the height they need (their minimum), so a
        long notice at 200 % scrolls in its bar instead of cutting a page off. One
        line (and its Dismiss button) is the least: a session at 200 % on an
        800x600 screen needs all but that.
        """
        parent = self.parentWidget()
        buttons = [b.sizeHint().height() for bar in self._bars.values() for b in bar.buttons[:1]]
        dismiss = [b.sizeHint().height() for b in self.findChildren(QPushButton)]
        floor = max([self.fontMetrics().height(), *buttons, *dismiss]) + 10
        if parent is None or self.window() is self:
            return 10_000
        others = [_least_height(child) for child in self._siblings()]
        spare = parent.height() - sum(others) - 4
        return max(floor, min(spare, round(self.window().height() * SHARE)))

    def _siblings(self) -> list[QWidget]:
        """The pages beside the bars, shown."""
        parent = self.parentWidget()
        if parent is None:
            return []
        return [
            child
            for child in parent.findChildren(
                QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
            )
            if child is not self and not child.isHidden() and not child.isWindow()
        ]

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """A new width wraps the words anew."""
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """The window's height sets the cap; a bar dismissed gives its room back."""
        window_resized = watched is self.window() and event.type() is QEvent.Type.Resize
        # The page under the bars changed what it needs (another page, a longer word).
        page_changed = watched in self._siblings() and event.type() is QEvent.Type.LayoutRequest
        hidden = isinstance(watched, MessageBar) and event.type() is QEvent.Type.Hide
        bars_changed = watched is self._stack and event.type() is QEvent.Type.LayoutRequest
        if window_resized or page_changed or hidden or bars_changed:
            QTimer.singleShot(0, self, self._fit)
        return super().eventFilter(watched, event)

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
        bar = MessageBar(text, wrapped, closable=closable, parent=self._stack)
        self._bars[key] = bar
        self._layout.addWidget(bar)
        bar.installEventFilter(self)
        bar.show()
        if self.window() is not self:
            self.window().installEventFilter(self)  # once per window: Qt ignores repeats
            for page in self._siblings():
                page.installEventFilter(self)
        self._fit()
        # Said as it appears ("Deleted ... Undo"): a bar never takes the focus, so a screen
        # reader would not notice it otherwise.
        words = [text, *(label.replace("&", "") for label, _ in actions)]
        from spasm_stretch.ui.widgets.announce import announce  # at the first message

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
            self._fit()

    def clear(self) -> None:
        """Take every message away (the window is closing)."""
        for key in list(self._bars):
            self.remove(key)

    def showing(self, key: str) -> MessageBar | None:
        """The bar for ``key`` while it is on screen."""
        bar = self._bars.get(key)
        return bar if bar is not None and not bar.isHidden() else None
