"""The tray icon: show or hide the window, cramp help, favourite routines, reminder state.

Only a menu and a tooltip; what each entry does is the controller's business,
told through signals. Where the desktop has no tray this object is simply not
made and the app works the same from its window.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon


class Tray(QObject):
    """The icon and its menu.

    Signals:
        toggle_window(): a left click: show the window, or hide it.
        relief(): Cramp help.
        routine(str): start this routine now.
        snooze(): put the last reminder off 15 minutes.
        skip_today(bool): skip (or stop skipping) today's reminders.
        pause(bool): pause (or resume) reminders.
        reminders(): open the reminder settings.
        quit(): quit the app.
        about_to_show(): the menu is opening (refresh its lines).
    """

    toggle_window = Signal()
    relief = Signal()
    routine = Signal(str)
    snooze = Signal()
    skip_today = Signal(bool)
    pause = Signal(bool)
    reminders = Signal()
    quit = Signal()
    about_to_show = Signal()

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(icon, self)
        self.menu = QMenu()
        self.show_action = self._add(self.tr("Show window"), self.toggle_window.emit)
        self.relief_action = self._add(self.tr("Cramp help"), self.relief.emit)
        self.routines_section = self.menu.addSeparator()
        self.routine_actions: list[QAction] = []
        self._routines: list[tuple[str, str]] = []
        self.next_action = self.menu.addAction("")
        self.next_action.setEnabled(False)
        self.snooze_action = self._add(self.tr("Snooze 15 min"), self.snooze.emit)
        self.skip_action: QAction = self._add(self.tr("Skip today"), self.skip_today.emit)
        self.skip_action.setCheckable(True)
        self.pause_action: QAction = self._add(self.tr("Pause reminders"), self.pause.emit)
        self.pause_action.setCheckable(True)
        self.reminders_action = self._add(self.tr("Reminders..."), self.reminders.emit)
        self.menu.addSeparator()
        self.quit_action = self._add(self.tr("Quit"), self.quit.emit)
        self.menu.aboutToShow.connect(self.about_to_show.emit)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)

    def _add(self, text: str, slot: object) -> QAction:
        action = self.menu.addAction(text)
        action.triggered.connect(slot)
        return action

    @staticmethod
    def available() -> bool:
        """Whether the desktop has a tray to put the icon in."""
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> None:
        """Put the icon in the tray."""
        self.icon.show()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason is QSystemTrayIcon.ActivationReason.Trigger:
            self.toggle_window.emit()

    def set_routines(self, routines: list[tuple[str, str]]) -> None:
        """The routines people use most, as (id, name), listed under Cramp help."""
        if routines == self._routines:  # unchanged: leave the menu alone, it may be open
            return
        self._routines = routines
        for action in self.routine_actions:
            self.menu.removeAction(action)
            action.deleteLater()
        self.routine_actions = []
        for routine_id, name in routines:
            action = QAction(self.tr("Start {routine}").format(routine=name), self.menu)
            action.triggered.connect(lambda _=False, rid=routine_id: self.routine.emit(rid))
            self.menu.insertAction(self.routines_section, action)
            self.routine_actions.append(action)

    def set_state(
        self, *, window_shown: bool, next_line: str, tooltip: str, can_snooze: bool,
        skipping: bool, paused: bool,
    ) -> None:  # fmt: skip
        """Refresh the lines that change: window, next reminder, snooze, skip, pause, tooltip."""
        self.show_action.setText(self.tr("Hide window") if window_shown else self.tr("Show window"))
        self.next_action.setText(next_line)
        self.snooze_action.setEnabled(can_snooze)
        self.skip_action.setChecked(skipping)
        self.pause_action.setChecked(paused)
        self.icon.setToolTip(tooltip)

    def close(self) -> None:
        """Take the icon out of the tray."""
        self.icon.hide()
        self.menu.deleteLater()
