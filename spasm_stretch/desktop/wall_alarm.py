"""An alarm at a wall-clock instant that counts the machine's sleep and notices clock changes.

A Qt timer counts monotonic time, which stops while the machine sleeps and
ignores a change of the wall clock, so a reminder timer built on one must
look again now and then (``reminder_timer.CHECK_EVERY``). On Linux a timerfd
on ``CLOCK_REALTIME``, armed at an absolute instant with
``TFD_TIMER_CANCEL_ON_SET``, rings at that instant by the wall clock (at
once after a wake, if the instant passed during the sleep) and rings too
when the clock is set, so the reminder timer can sleep until its next
instant with no check in between: an app in the tray all day then wakes
only when something it shows changes. Python 3.11 has no ``os.timerfd_*``
(3.13 does), so the two calls go through ctypes; where they are missing
(another system), ``WallAlarm.open`` returns None and the Qt timer stays.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import os
from datetime import datetime

from PySide6.QtCore import QObject, QSocketNotifier, Signal

CLOCK_REALTIME = 0
TFD_NONBLOCK = os.O_NONBLOCK
TFD_CLOEXEC = os.O_CLOEXEC
TFD_TIMER_ABSTIME = 1
TFD_TIMER_CANCEL_ON_SET = 2


class _Timespec(ctypes.Structure):
    _fields_ = [("tv_sec", ctypes.c_long), ("tv_nsec", ctypes.c_long)]


class _Itimerspec(ctypes.Structure):
    _fields_ = [("it_interval", _Timespec), ("it_value", _Timespec)]


class WallAlarm(QObject):
    """Rings once at the instant set, or when the wall clock is set: then look again.

    Signals:
        rang(): the instant came (or passed during a sleep), or the clock was set.
    """

    rang = Signal()

    def __init__(self, libc: ctypes.CDLL, descriptor: int, parent: QObject | None = None):
        super().__init__(parent)
        self._libc = libc
        self._fd = descriptor
        self.at: datetime | None = None
        self._notifier = QSocketNotifier(descriptor, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)

    @classmethod
    def open(cls, parent: QObject | None = None) -> WallAlarm | None:
        """An alarm where the system has timerfd (Linux), else None."""
        name = ctypes.util.find_library("c")
        if name is None:
            return None
        try:
            libc = ctypes.CDLL(name, use_errno=True)
            create = libc.timerfd_create
        except (OSError, AttributeError):
            return None
        descriptor = create(CLOCK_REALTIME, TFD_NONBLOCK | TFD_CLOEXEC)
        return None if descriptor < 0 else cls(libc, descriptor, parent)

    def set(self, at: datetime) -> bool:
        """Ring at ``at`` (aware) by the wall clock; an instant already past rings at once."""
        seconds = max(at.timestamp(), 1e-9)  # 0 would disarm it
        whole = int(seconds)
        spec = _Itimerspec(_Timespec(0, 0), _Timespec(whole, int((seconds - whole) * 1e9)))
        flags = TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET
        if self._libc.timerfd_settime(self._fd, flags, ctypes.byref(spec), None) != 0:
            self.at = None
            return False
        self.at = at
        return True

    def stop(self) -> None:
        """Ring no more until set again."""
        self._libc.timerfd_settime(self._fd, 0, ctypes.byref(_Itimerspec()), None)
        self.at = None

    def close(self) -> None:
        """Stop and let go of the descriptor."""
        if self._fd >= 0:
            self._notifier.setEnabled(False)
            os.close(self._fd)
            self._fd = -1
            self.at = None

    def _read(self) -> None:
        try:
            os.read(self._fd, 8)  # how many times it expired: once, for an absolute instant
        except BlockingIOError:
            return  # nothing due after all
        except OSError as exc:
            if exc.errno != errno.ECANCELED:  # the clock was set: that too is news
                raise
        self.at = None
        self.rang.emit()
