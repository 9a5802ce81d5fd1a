"""Tell assistive technology what just changed, as a screen reader would say it.

A person following a routine with eyes closed (or who cannot see the
screen) hears "Hold, left leg", "Switch sides", "Relax", "Paused", "Done"
when they happen, not only when they move the focus.
"""

from __future__ import annotations

from collections import deque
from typing import TYPE_CHECKING

from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleInterface,
)
from PySide6.QtWidgets import QAccessibleWidget, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

_ANNOUNCER = "Announcer"  # the class name Qt's accessibility factory is asked about


class Announcer(QWidget):
    """A window's invisible notification: each message shows it afresh, with the words as its name.

    Orca 43 (Debian 12) ignores ``object:announcement``; what it speaks, from
    any window, is an object in the notification role becoming showing. So the
    words go out both ways: the announcement for newer readers, the showing
    notification for Orca 43. It takes no room and never the keyboard.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("announcer")
        self.setFixedSize(0, 0)
        self.hide()
        self.said: deque[str] = deque(maxlen=20)  # the last words, for tests and tools

    def say(self, text: str) -> None:
        """Show the notification again with ``text`` as its name (hiding it first)."""
        self.said.append(text)
        self.hide()
        self.setAccessibleName(text)
        self.show()
        self.lower()


def _notification(key: str, target: QObject) -> QAccessibleInterface | None:
    if key == _ANNOUNCER and isinstance(target, QWidget):
        return QAccessibleWidget(target, QAccessible.Role.Notification)
    return None


_installed: list[object] = []


def _install_factory() -> None:
    if not _installed:
        QAccessible.installFactory(_notification)
        _installed.append(_notification)


def spoken(window: QWidget) -> list[str]:
    """The last words announced for ``window``, oldest first."""
    announcer = window.findChild(Announcer, "announcer")
    return list(announcer.said) if announcer is not None else []


def announce(widget: QWidget, text: str) -> None:
    """Have screen readers say ``text`` now, on behalf of ``widget``."""
    if not text:
        return
    _install_factory()  # before the announcer's interface is first asked for
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))
    window = widget.window()
    announcer = window.findChild(Announcer, "announcer")
    if announcer is None:
        announcer = Announcer(window)
    announcer.say(text)


# A widget property: this label's accessible name is a sentence saying what its marks show
# ("routine done 5 of the last 7 days" for a row of circles), on purpose not its raw text.
SPOKEN_AS_SENTENCE = "spoken_as_sentence"
