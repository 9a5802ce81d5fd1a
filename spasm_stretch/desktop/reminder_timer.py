"""Drives the reminder schedule with one single-shot timer aimed at the next reminder.

The schedule itself (``core.reminders``) is pure; this QObject only asks it
what is due now and what comes next, and sleeps until then, or until the
next local midnight (when "tomorrow at 07:15" and "done yesterday" change).
Given a wall alarm (``desktop.wall_alarm``: Linux's timerfd, which counts
the machine's sleep and notices a change of the clock), it is aimed at that
instant and nothing else wakes the app in between. Otherwise it uses a Qt
timer. A Qt timer counts monotonic time, which stops while the machine sleeps and
ignores changes to the wall clock. Where logind says when the machine wakes
(its ``PrepareForSleep`` signal on the system bus, see ``watch_sleep``), the
timer is re-aimed at each wake and otherwise waits up to ``RESYNC_EVERY``
(a wall-clock change is caught within that); without it, the timer is never
aimed more than ``CHECK_EVERY`` ahead, so a wake is noticed within a minute.
Either way the schedule then fires at most the one latest missed reminder.
Settings changes re-aim it at once.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, time, timedelta
from typing import TYPE_CHECKING, Protocol
from zoneinfo import ZoneInfo

from PySide6.QtCore import SLOT, QObject, Qt, QTimer, Signal, SignalInstance, Slot
from PySide6.QtDBus import QDBusConnection

from spasm_stretch.core import reminders as schedule

if TYPE_CHECKING:
    from spasm_stretch.core.reminders import Due, Reminder, ReminderState

CHECK_EVERY = timedelta(seconds=60)  # the longest wait when a wake is not announced
RESYNC_EVERY = timedelta(hours=1)  # the longest wait when logind announces each wake
LOGIN1 = ("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager")
WallClock = Callable[[], datetime]


def utc_now() -> datetime:
    """The real wall clock."""
    return datetime.now(UTC)


class Alarm(Protocol):
    """Rings (its ``rang`` signal) at a wall-clock instant, or when the clock is set."""

    at: datetime | None  # the instant it is set for, if any

    @property
    def rang(self) -> SignalInstance:
        """Emitted when the instant comes, or the clock was set."""

    def set(self, at: datetime) -> bool:
        """Ring at ``at``; False if it cannot be set."""

    def stop(self) -> None:
        """Ring no more until set again."""


class ReminderTimer(QObject):
    """Fires each reminder once, at its time, and tells listeners what comes next.

    Signals:
        fired(Due): a reminder is due now: show it.
        changed(): the next reminder, the pause or the state changed.
    """

    fired = Signal(object)
    changed = Signal()

    def __init__(
        self,
        state: ReminderState,
        zone: ZoneInfo,
        *,
        now: WallClock = utc_now,
        alarm: Alarm | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.alarm = alarm
        if alarm is not None:
            alarm.rang.connect(self.reaim)
        self.state = state
        self.zone = zone
        self._now = now
        self.reminders: tuple[Reminder, ...] = ()
        self.paused = False
        self.next_due: Due | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.reaim)
        self.longest_wait = CHECK_EVERY

    def watch_sleep(self, bus: QDBusConnection | None = None) -> bool:
        """Re-aim as the machine wakes (logind's signal); then wait longer between checks.

        Returns False, changing nothing, where there is no logind on the system
        bus (a container, another init): the one-minute check then stays. With
        a wall alarm there is nothing to watch: it counts the sleep itself.
        """
        if self.alarm is not None:
            return True
        bus = QDBusConnection.systemBus() if bus is None else bus
        service, path, interface = LOGIN1
        slot = SLOT("_sleep_changed(bool)")
        if not bus.isConnected() or not bus.connect(  # type: ignore[call-overload]  # stubs say bytes; PySide6 wants str
            service, path, interface, "PrepareForSleep", self, slot
        ):
            return False
        self.longest_wait = RESYNC_EVERY
        self.reaim()
        return True

    @Slot(bool)
    def _sleep_changed(self, going_to_sleep: bool) -> None:
        """logind: the machine is about to sleep (True) or has just woken (False)."""
        if not going_to_sleep:
            self.reaim()

    def now(self) -> datetime:
        """The wall clock this timer reads."""
        return self._now()

    def set_rules(self, reminders: Sequence[Reminder], *, paused: bool) -> None:
        """New reminders or pause from the settings: re-aim straight away."""
        self.reminders = tuple(reminders)
        self.paused = paused
        self.reaim()

    def reaim(self) -> None:
        """Fire what is due (at most one), then aim the timer at what comes next."""
        now = self.now()
        due, self.state = schedule.due_now(self.reminders, self.state, now, self.zone)
        self.next_due = (
            None if self.paused else schedule.upcoming(self.reminders, self.state, now, self.zone)
        )
        local = now.astimezone(self.zone)
        midnight = datetime.combine(local.date() + timedelta(days=1), time(), self.zone)
        changes = [midnight - now]  # what is shown changes then (or a reminder is due)
        if self.next_due is not None:
            changes.append(self.next_due.at - now)
        if self.alarm is not None and self.alarm.set(now + min(changes)):
            self.timer.stop()  # the alarm counts sleep and clock changes: no check between
        else:
            wait = max(min([*changes, self.longest_wait]), timedelta(0))
            self.timer.start(math.ceil(wait.total_seconds() * 1000))
        self.changed.emit()
        if due is not None and not self.paused:
            self.fired.emit(due)

    def snooze(self, due: Due) -> None:
        """Remind again about ``due`` in 15 minutes."""
        self.state = schedule.snooze(self.state, due, self.now())
        self.reaim()

    def skip_today(self, skip: bool = True) -> None:
        """No more reminders today (or, with ``skip`` False, undo that)."""
        self.state = (
            schedule.skip_today(self.state, self.now(), self.zone)
            if skip
            else schedule.unskip(self.state)
        )
        self.reaim()

    def skipping_today(self) -> bool:
        """Whether today's reminders are skipped."""
        return self.state.skipped == self.now().astimezone(self.zone).date()

    def stop(self) -> None:
        """Stop the timer (the app is quitting)."""
        self.timer.stop()
        if self.alarm is not None:
            self.alarm.stop()
