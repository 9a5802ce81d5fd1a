"""A window hidden to the tray gives back what only drawing it needs.

The app lives in the tray all day, and its hidden window still held its
native window and the backing store Qt paints into: 2.6 MiB at 960x680,
8 MiB full screen at 1920x1080, shared with the X server. When the window
is hidden on purpose (not minimised) and no dialog of it is open, both are
let go, and so is the heap glibc keeps after the pages drawn were freed;
Qt makes the window again, at the same place and size, when it is shown.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QStackedWidget, QWidget


@functools.cache
def _malloc_trim() -> Callable[[int], object] | None:
    """The C library's ``malloc_trim`` (glibc's), or None where it has none (musl, macOS).

    ctypes is imported here, at the first hide, not with the window (~2 ms).
    """
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("c")
    if not name:
        return None
    try:
        trim: Callable[[int], object] = ctypes.CDLL(name).malloc_trim
    except (OSError, AttributeError):
        return None
    return trim


def trim_heap() -> bool:
    """Give the C heap's free pages back to the system; False where that cannot be done."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True


def release(pages: QStackedWidget, page: QWidget | None) -> None:
    """Take ``page`` (if built) out of ``pages`` and delete it; it is built again when needed."""
    if page is not None:
        pages.removeWidget(page)
        page.deleteLater()


class LetGoWhenHidden(QObject):
    """Watches ``window``: hidden on purpose, it drops its native window and trims the heap.

    ``release`` first lets go of the pages that can be built again (their controllers know).
    """

    def __init__(self, window: QWidget, release: Callable[[], object] = lambda: None) -> None:
        super().__init__(window)
        self._window = window
        self._release = release
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """A hide asked for (``isHidden``; a minimised window is not hidden): let go after it."""
        if watched is self._window and event.type() is QEvent.Type.Hide and self._window.isHidden():
            QTimer.singleShot(0, self, self.let_go)
        return False

    def let_go(self) -> bool:
        """Drop the native window and trim the heap, if the window is still hidden; True if so."""
        window = self._window
        open_dialogs = [w for w in window.findChildren(QWidget) if w.isWindow() and w.isVisible()]
        if not window.isHidden() or open_dialogs:
            return False
        self._release()
        if window.testAttribute(Qt.WidgetAttribute.WA_WState_Created):
            window.destroy(True, True)
        QTimer.singleShot(0, self, trim_heap)  # after the pages' deferred deletes
        return True
