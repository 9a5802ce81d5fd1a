"""The app's life on the desktop: one instance, tray, reminders, close-to-tray, login.

Made once by ``app.attach`` beside the main window, over the same services:
it reads and changes the settings model, the catalog and the log itself,
shows, hides and raises the window as any top-level QWidget, and asks for
everything else (relief, a routine, a status line) through signals that
``attach`` connects. It never touches the window's widgets, menus or
actions, and the window never imports this module.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QTimeZone, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox

from spasm_stretch.core import habit
from spasm_stretch.core.reminders import Due, todays_routine
from spasm_stretch.desktop import entry
from spasm_stretch.desktop.handover import Request
from spasm_stretch.desktop.notifications import Notifier
from spasm_stretch.desktop.reminder_timer import ReminderTimer, WallClock, utc_now
from spasm_stretch.desktop.single_instance import InstanceServer
from spasm_stretch.desktop.tray import Tray
from spasm_stretch.desktop.wall_alarm import WallAlarm
from spasm_stretch.settings.store import AppSettings, Theme
from spasm_stretch.ui.widgets.icons import app_icon

RECENT_DAYS = 90  # how far back the tray and picker look for "done" and "most used"

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from spasm_stretch.core.records import SessionRecord
    from spasm_stretch.ui.services import Services
    from spasm_stretch.ui.settings.reminders import RemindersDialog

SNOOZE_OFFER_SECONDS = 3600  # the tray offers to snooze a reminder for an hour after it fired


def system_zone() -> ZoneInfo:
    """The desktop's time zone (its IANA name from Qt), UTC if it has none zoneinfo knows."""
    try:
        return ZoneInfo(bytes(QTimeZone.systemTimeZoneId().data()).decode())
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


class DesktopController(QObject):
    """Owns the instance server, tray icon, notifier and reminder timer.

    Signals:
        relief_requested(): show quick relief (tray, a second launch, the menu entry).
        routine_requested(str): start this routine now (a reminder, the tray).
        open_requested(str): open this routine ready to start (``run ROUTINE``).
        today_changed(str): the picker's line for today.
        status(str): a line for the window's status bar.
    """

    relief_requested = Signal()
    routine_requested = Signal(str)
    open_requested = Signal(str)
    today_changed = Signal(str)
    status = Signal(str)

    def __init__(
        self,
        services: Services,
        window: QWidget,
        *,
        tray: bool = True,
        zone: ZoneInfo | None = None,
        now: WallClock = utc_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.window = window
        self._quitting = False
        self._started = False
        self.dialog: RemindersDialog | None = None
        self.last_fired: tuple[Due, datetime] | None = None
        self.server = InstanceServer(self)
        self.server.requested.connect(self.handle)
        self.tray: Tray | None = None
        self.notifier = Notifier(None, self)
        self.notifier.start.connect(self.start_reminder)
        self.notifier.snooze.connect(self._snooze)
        self.notifier.unanswered.connect(self._ask_in_window)
        self._saved_state = services.settings.store.reminder_state()
        # The real clock gets the wall alarm where the system has one (a test's clock, never).
        self._alarm = WallAlarm.open(self) if now is utc_now else None
        self.timer = ReminderTimer(
            self._saved_state, zone or system_zone(), now=now, alarm=self._alarm, parent=self
        )
        self.timer.fired.connect(self._remind)
        self.timer.changed.connect(self.refresh)
        if tray:
            self.add_tray()
        self.reminders_action = QAction(self.tr("Re&minders and desktop..."), self)
        self.reminders_action.setStatusTip(
            self.tr("Reminders, the tray, start at login, the applications menu")
        )
        self.reminders_action.triggered.connect(self.open_dialog)
        window.installEventFilter(self)

    def add_tray(self) -> None:
        """Put the icon in the tray, where the desktop has one (else the app runs without).

        Asking the desktop whether it has a tray is a round trip to the window
        system (30-50 ms on a busy machine), so the app does it a turn after
        the window's first paint; tests and ``--background`` do it at once.
        """
        if self.tray is not None or not Tray.available():
            return
        self.tray = Tray(app_icon(), self)
        self.notifier.use_tray(self.tray.icon)
        self._wire_tray(self.tray)
        if self._started:  # a hidden window is not a closed app; Quit quits
            QApplication.setQuitOnLastWindowClosed(False)
            self.refresh()

    def _wire_tray(self, tray: Tray) -> None:
        tray.toggle_window.connect(self.toggle_window)
        tray.relief.connect(lambda: self.handle(Request("relief")))
        tray.routine.connect(self._start)
        tray.snooze.connect(self._snooze_last)
        tray.skip_today.connect(self.timer.skip_today)
        tray.pause.connect(lambda on: self._edit(reminders_paused=on))
        tray.reminders.connect(self.open_dialog)
        tray.quit.connect(self.quit)
        tray.about_to_show.connect(self.refresh)
        tray.show()

    def start(self, *, background: bool = False) -> None:
        """Listen for later launches and start the reminders; hidden, stay in the tray."""
        if not self.server.listen():
            self.status.emit(
                self.tr("Could not listen for other launches ({error}).").format(
                    error=self.server.error
                )
            )
        self.apply_settings(self.services.settings.value)
        self.services.settings.changed.connect(self._follow_settings)
        QTimer.singleShot(0, self.timer.watch_sleep)  # after the window, not before it
        self._started = True
        if self.tray is not None:  # a hidden window is not a closed app; Quit quits
            QApplication.setQuitOnLastWindowClosed(False)
        elif background:  # nowhere to hide: a minimized window instead
            self.window.showMinimized()

    def apply_settings(self, settings: AppSettings) -> None:
        """Aim the reminders at the rules in ``settings``."""
        self.timer.set_rules(settings.reminders, paused=settings.reminders_paused)

    def _follow_settings(self, settings: AppSettings, changed: frozenset[str]) -> None:
        if changed & {"reminders", "reminders_paused"}:
            self.apply_settings(settings)

    # --- requests from launches, the tray and notifications ---------------

    def handle(self, request: Request) -> None:
        """Do what a launch (or the tray) asked, and bring the window forward."""
        if request.command == "background":
            return
        if request.command == "relief":
            self.relief_requested.emit()
        elif request.command == "run":
            self.open_requested.emit(request.routine)
        elif request.command == "today":
            routine = todays_routine(self.timer.reminders, self.timer.now(), self.timer.zone)
            routine = routine or self.services.settings.value.last_routine
            if routine:
                self.routine_requested.emit(routine)
        self.bring_forward()

    def bring_forward(self) -> None:
        """Show the window, un-minimized, in front."""
        window = self.window
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()
        self.refresh()

    def toggle_window(self) -> None:
        """A left click on the tray icon."""
        if self.window.isVisible() and not self.window.isMinimized():
            self.window.hide()
            self.refresh()
        else:
            self.bring_forward()

    def _start(self, routine_id: str) -> None:
        self.bring_forward()
        self.routine_requested.emit(routine_id)

    def start_reminder(self, due: Due) -> None:
        """Start on a reminder: its routine now; a bedtime one in night mode (dim and dark)."""
        if due.reminder.bedtime:
            from spasm_stretch.ui.widgets.theme import apply_theme

            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_theme(app, Theme.NIGHT, self.services.settings.value.text_scale)
        self._start(due.reminder.routine_id)

    def _save_state(self) -> None:
        """Keep the schedule's state: on a reminder, a snooze or skip, and at the end.

        Not at every check: ``seen_until`` moves each minute, and after a crash
        an older one only lets through what never fired.
        """
        self.services.settings.store.save_reminder_state(self.timer.state)
        self._saved_state = self.timer.state

    def _remind(self, due: Due) -> None:
        self._save_state()
        self.last_fired = (due, self.timer.now())
        name = self._name(due.reminder.routine_id)
        title = self.tr("Bedtime stretch") if due.reminder.bedtime else self.tr("Time to stretch")
        sessions = self._sessions()
        today = self.timer.now().astimezone(self.timer.zone).date()
        body = self.tr("{routine} · {last_done}").format(
            routine=name, last_done=habit.last_done_text(sessions, today)
        )
        self.notifier.notify(due, title, body)
        self.refresh()

    def _snooze_last(self) -> None:
        if self.last_fired is not None:
            self._snooze(self.last_fired[0])

    def _snooze(self, due: Due) -> None:
        self.last_fired = None
        self.timer.snooze(due)

    def _ask_in_window(self, due: Due) -> None:
        """No notification service and no tray: the reminder as a message in the window."""
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Time to stretch"),
            self.tr("{routine}: start it now?").format(routine=self._name(due.reminder.routine_id)),
            QMessageBox.StandardButton.NoButton,
            self.window,
        )
        start = box.addButton(self.tr("Start"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Snooze 15 min"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: self.start_reminder(due) if button is start else self._snooze(due)
        )
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.show()

    # --- what the tray, the picker and the tooltip say ---------------------

    def _name(self, routine_id: str) -> str:
        routine = self.services.catalog.current.find(routine_id)
        return routine.name if routine is not None else routine_id

    def _sessions(self) -> list[SessionRecord]:
        """Recent runs only (what "done yesterday" and "most used" need): a long log stays cheap."""
        history = self.services.history
        if history is None:
            return []
        return history.sessions(since=datetime.now().astimezone() - timedelta(days=RECENT_DAYS))

    def today_line(self) -> str:
        """'Evening routine at 21:30 · done yesterday'."""
        return habit.today_line(
            self.timer.next_due, self._name, self._sessions(), self.timer.now(), self.timer.zone
        )

    def refresh(self) -> None:
        """Keep the store, the picker's line and the tray in step with the schedule."""
        state, saved = self.timer.state, self._saved_state
        if (state.snoozed, state.skipped) != (saved.snoozed, saved.skipped):
            self._save_state()
        line = self.today_line()
        self.today_changed.emit(line)
        if self.tray is None:
            return
        sessions = self._sessions()
        used = habit.most_used(sessions) or [
            r.id for r in self.services.catalog.current.routines[:3]
        ]
        self.tray.set_routines([(rid, self._name(rid)) for rid in used])
        paused = self.timer.paused
        next_due = self.timer.next_due
        next_line = (
            self.tr("Reminders paused")
            if paused
            else self.tr("No reminder set")
            if next_due is None
            else self.tr("Next: {routine} {when}").format(
                routine=self._name(next_due.reminder.routine_id),
                when=habit.due_text(next_due, self.timer.now(), self.timer.zone),
            )
        )
        fired = self.last_fired
        can_snooze = fired is not None and (
            (self.timer.now() - fired[1]).total_seconds() < SNOOZE_OFFER_SECONDS
        )
        self.tray.set_state(
            window_shown=self.window.isVisible(), next_line=next_line,
            tooltip=f"spasm-stretch\n{line}", can_snooze=can_snooze,
            skipping=self.timer.skipping_today(), paused=paused,
        )  # fmt: skip

    # --- settings ----------------------------------------------------------

    def _edit(self, *, from_dialog: bool = False, **changes: object) -> None:
        settings = dataclasses.replace(self.services.settings.value, **changes)  # type: ignore[arg-type]
        self.services.settings.replace(settings)
        if self.dialog is not None and not from_dialog:
            self.dialog.show_settings(settings)

    def open_dialog(self) -> None:
        """The reminder settings, start at login and the applications-menu entry."""
        if self.dialog is None:
            from spasm_stretch.ui.settings.reminders import RemindersDialog

            routines = [(r.id, r.name) for r in self.services.catalog.current.routines]
            self.dialog = RemindersDialog(
                self.services.settings.value, routines, self.notifier.kind, self.window
            )
            self.dialog.changed.connect(
                lambda s: self._edit(from_dialog=True, **_reminder_fields(s))
            )
            self.dialog.autostart_toggled.connect(self._set_autostart)
            self.dialog.install_requested.connect(self._install)
        self.dialog.set_autostart(entry.autostart_enabled())
        self.bring_forward()
        self.dialog.open()

    def _install(self) -> None:
        try:
            installed = entry.install()
        except OSError as exc:
            self.status.emit(
                self.tr("Could not add to the applications menu: {error}").format(error=exc)
            )
            return
        self.status.emit(
            self.tr("Added to the applications menu ({file}).").format(file=installed.files[0])
        )

    def _set_autostart(self, on: bool) -> None:
        try:
            path = entry.set_autostart(on)
        except OSError as exc:
            self.status.emit(self.tr("Could not change start at login: {error}").format(error=exc))
            return
        self.status.emit(
            self.tr("Starts at login, hidden in the tray ({file}).").format(file=path)
            if on
            else self.tr("No longer starts at login.")
        )

    # --- closing and quitting -----------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Closing the window keeps the app in the tray, when the person chose that."""
        if watched is not self.window or event.type() is not QEvent.Type.Close:
            return False
        first_time = self.services.settings.value.keep_in_tray is None
        if self._quitting or self.tray is None or not self._keep_in_tray():
            self.shut_down()
            QApplication.quit()
            return False
        event.ignore()
        self.window.hide()
        if first_time:  # once ever: the answer to the question is kept
            self.tray.icon.showMessage(
                self.tr("spasm-stretch is still running"),
                self.tr(
                    "It is in the tray, for reminders and cramp help. Quit from the tray's menu."
                ),
            )
        self.refresh()
        return True

    def _reminders_set(self) -> bool:
        settings = self.services.settings.value
        return bool(settings.reminders) and not settings.reminders_paused

    def _keep_in_tray(self) -> bool:
        """Whether closing the window leaves the app in the tray.

        Reminders keep it there unless the person said otherwise (a reminder
        that cannot come is one lost in silence); with none, the first close asks.
        """
        keep = self.services.settings.value.keep_in_tray
        if keep is None and self._reminders_set():
            return True
        if keep is None:
            answer = QMessageBox.question(
                self.window,
                self.tr("Keep running in the tray?"),
                self.tr(
                    "Keep spasm-stretch running in the tray when its window is closed, "
                    "so reminders still come and cramp help is one click away?\n\n"
                    "(You can change this under Reminders.)"
                ),
            )
            keep = answer is QMessageBox.StandardButton.Yes
            self._edit(keep_in_tray=keep)
        return keep

    def quit(self) -> None:
        """Quit for real: close the window (which saves and ends what is running).

        With reminders set, asks first: none comes while the app is closed.
        """
        if self._reminders_set() and self.tray is not None:
            answer = QMessageBox.question(
                self.window,
                self.tr("Quit spasm-stretch?"),
                self.tr(
                    "Your reminders will not come until spasm-stretch runs again. "
                    "Closing the window instead keeps them coming from the tray."
                ),
            )
            if answer is not QMessageBox.StandardButton.Yes:
                return
        self._quitting = True
        self.window.close()

    def shut_down(self) -> None:
        """Stop the timer, leave the tray and the bus, stop listening."""
        self.timer.stop()
        if self._alarm is not None:
            self._alarm.close()
        self._save_state()
        self.notifier.close()
        self.server.close()
        if self.tray is not None:
            self.tray.close()


def _reminder_fields(settings: AppSettings) -> dict[str, object]:
    return {
        "reminders": settings.reminders,
        "reminders_paused": settings.reminders_paused,
        "keep_in_tray": settings.keep_in_tray,
    }
