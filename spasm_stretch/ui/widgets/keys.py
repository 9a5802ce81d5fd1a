"""The focused control gets its own keys before any window-wide shortcut.

The window lends Space (start/pause), the arrows, + and - to the session on
every page. Without this guard a person who tabs to a button and presses
Space gets the window's meaning instead of the button's: Tab to "Calf or
foot" + Space resumed a stopped routine. Qt asks the focused widget first
through a ShortcutOverride event; accepting it hands the key to the widget.
Enter presses a focused push or tool button too, as a person expects, where
Qt would only do so for a dialog's default buttons. And the focus is drawn
however it arrived, by Tab or set by the program.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

_ENTER = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})
_BUTTON_KEYS = frozenset({Qt.Key.Key_Space}) | _ENTER
# Keys an input or a list uses to move or change its value; Space and Enter stay with the
# window in a list (Space there starts the chosen routine, as the list's hint says).
_MOVING = frozenset(
    {
        Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down,
        Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown,
        Qt.Key.Key_Plus, Qt.Key.Key_Minus,
    }
)  # fmt: skip
_TYPING = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)
_MOVING_WIDGETS = (QComboBox, QAbstractSlider, QAbstractItemView, QTabBar, *_TYPING)
_PLAIN = Qt.KeyboardModifier.NoModifier | Qt.KeyboardModifier.KeypadModifier


def _plain(event: QKeyEvent) -> bool:
    return (event.modifiers() & ~_PLAIN) == Qt.KeyboardModifier.NoModifier


def keys_of_focused(widget: QWidget | None, key: int) -> bool:
    """Whether the focused ``widget`` uses the unmodified ``key`` itself."""
    if widget is None or not widget.isEnabled() or not widget.isVisible():
        return False
    if isinstance(widget, QAbstractButton):
        return key in _BUTTON_KEYS
    if isinstance(widget, _TYPING):
        return key in _MOVING or key == Qt.Key.Key_Space
    if isinstance(widget, QComboBox):
        return key in _MOVING or key == Qt.Key.Key_Space
    return isinstance(widget, _MOVING_WIDGETS) and key in _MOVING


def _enter_presses(widget: QWidget) -> bool:
    """A push or tool button Qt would not press on Enter itself (not a dialog's default)."""
    if isinstance(widget, QPushButton):
        return not (widget.autoDefault() or widget.isDefault())
    return isinstance(widget, QToolButton)


class FocusKeys(QObject):
    """An application-wide filter: the focused control's keys go to the focused control."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Claim a shortcut key the focused control uses; press a focused button on Enter."""
        kind = event.type()
        if kind is QEvent.Type.FocusIn and isinstance(watched, QWidget):
            # Draw the focus wherever it comes from: Qt draws it only after a Tab, so focus
            # the program sets (a page opening on its first control) was invisible.
            watched.window().setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
            return False
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(event, QKeyEvent) or not _plain(event):
            return False
        focus = QApplication.focusWidget()
        if watched is not focus or not isinstance(focus, QWidget):
            return False
        key = event.key()
        if kind is QEvent.Type.ShortcutOverride:
            if keys_of_focused(focus, key):
                event.accept()
                return True
            return False
        pressable = isinstance(focus, QAbstractButton) and _enter_presses(focus)
        if key in _ENTER and pressable and not event.isAutoRepeat():
            assert isinstance(focus, QAbstractButton)
            focus.click()
            return True
        return False


def tab_in_shown_order(box: QDialogButtonBox) -> None:
    """Tab through a button box's buttons in the order the platform shows them.

    Tab follows creation order, so the editor went Cancel, Save, Try it under
    buttons shown as Save, Try it, Cancel.
    """
    layout = box.layout()
    if layout is None:
        return
    items = [layout.itemAt(i) for i in range(layout.count())]
    shown = [item.widget() for item in items if item is not None]
    buttons = [widget for widget in shown if isinstance(widget, QAbstractButton)]
    for first, second in pairwise(buttons):
        QWidget.setTabOrder(first, second)


def guard_focused_keys(owner: QObject) -> FocusKeys:
    """Install the guard for the whole application for as long as ``owner`` lives."""
    guard = FocusKeys(owner)
    app = QApplication.instance()
    if app is not None:
        app.installEventFilter(guard)
    return guard
