"""Reminder settings: daily reminders, bedtime, the tray, start at login, the menu entry.

Like the settings dialog, every edit applies at once: ``changed`` carries the
complete new settings after each one.
"""

from __future__ import annotations

import dataclasses
from datetime import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from spasm_stretch.core.reminders import DAY_NAMES, EVERY_DAY, Reminder
from spasm_stretch.ui.widgets.scrolling import fit_screen, vertical_scroll
from spasm_stretch.ui.widgets.wrap_check import WrapCheckBox

if TYPE_CHECKING:
    from spasm_stretch.settings.store import AppSettings

NEW_REMINDER_TIME = time(21, 30)


def _wrapping(text: str) -> WrapCheckBox:
    """A check box whose words wrap, named without its mnemonic's ``&``."""
    box = WrapCheckBox(text)
    box.setAccessibleName(text.replace("&", ""))
    return box


class ReminderRow(QWidget):
    """One reminder: time, weekdays, routine, bedtime, remove.

    Signals:
        edited(): any of its fields changed.
        removed(): its remove button was pressed.
    """

    edited = Signal()
    removed = Signal()

    def __init__(self, reminder: Reminder, routines: list[tuple[str, str]]) -> None:
        super().__init__()
        self.time = QTimeEdit(QTime(reminder.at.hour, reminder.at.minute))
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("Reminder time"))
        self.days: list[QCheckBox] = []  # check boxes: a toggled tool button looks unchanged
        locale = QLocale()
        for number in range(len(DAY_NAMES)):
            short = locale.dayName(number + 1, QLocale.FormatType.ShortFormat)
            button = QCheckBox(short[:2].capitalize())
            button.setChecked(number in reminder.days)
            button.setAccessibleName(
                self.tr("Remind on {day}").format(day=locale.dayName(number + 1))
            )
            button.toggled.connect(self._day_toggled)
            self.days.append(button)
        self.routine = QComboBox()
        self.routine.setAccessibleName(self.tr("Routine to do"))
        for routine_id, name in routines:
            self.routine.addItem(name, routine_id)
        if self.routine.findData(reminder.routine_id) < 0:
            self.routine.addItem(
                self.tr("{routine} (not loaded)").format(routine=reminder.routine_id),
                reminder.routine_id,
            )
        self.routine.setCurrentIndex(self.routine.findData(reminder.routine_id))
        self.bedtime = QCheckBox(self.tr("Bedtime (dark)"))
        self.bedtime.setChecked(reminder.bedtime)
        self.bedtime.setToolTip(self.tr("Opens the routine for the evening, in the dark theme"))
        remove = QPushButton(self.tr("Remove"))
        remove.setAccessibleName(self.tr("Remove this reminder"))
        self.routine.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.routine.setMinimumContentsLength(8)  # a long routine name must not widen the row
        # Three lines, when, what and how: one line outgrew an 800 px screen in German or at
        # 200 %, and beside the bedtime box and Remove the routine's name was cut at 200 %.
        when, how = QHBoxLayout(), QHBoxLayout()
        when.addWidget(self.time)
        for button in self.days:
            when.addWidget(button)
        when.addStretch(1)
        how.addWidget(self.bedtime, 1)
        how.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(when)
        layout.addWidget(self.routine)
        layout.addLayout(how)
        self.time.timeChanged.connect(self.edited)
        self.routine.currentIndexChanged.connect(self.edited)
        self.bedtime.toggled.connect(self.edited)
        remove.clicked.connect(self.removed)

    def _day_toggled(self) -> None:
        box = self.sender()
        if isinstance(box, QCheckBox) and not any(day.isChecked() for day in self.days):
            box.blockSignals(True)  # at least one day; putting it back is not an edit
            box.setChecked(True)
            box.blockSignals(False)
            return
        self.edited.emit()

    def reminder(self) -> Reminder:
        """The reminder as the row shows it."""
        at = self.time.time()
        days = frozenset(n for n, button in enumerate(self.days) if button.isChecked())
        return Reminder(
            time(at.hour(), at.minute()), str(self.routine.currentData()), days,
            self.bedtime.isChecked(),
        )  # fmt: skip


class RemindersDialog(QDialog):
    """Edits the reminder part of AppSettings, and the login and menu entries.

    Signals:
        changed(AppSettings): after every reminder edit.
        autostart_toggled(bool): start at login on or off.
        install_requested(): add the app to the applications menu.
    """

    changed = Signal(object)
    autostart_toggled = Signal(bool)
    install_requested = Signal()

    def __init__(
        self,
        settings: AppSettings,
        routines: list[tuple[str, str]],
        shown_as: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reminders and desktop"))
        self._settings = settings
        self._routines = routines
        self.rows: list[ReminderRow] = []
        intro = QLabel(
            self.tr(
                "Reminders to stretch, each at a time on the days you choose. "
                "They come as {shown_as}, with Start and Snooze. One missed while the "
                "computer slept comes once when it wakes, if within two hours."
            ).format(shown_as=shown_as)
        )
        intro.setWordWrap(True)
        self.rows_box = QVBoxLayout()
        self.add_button = QPushButton(self.tr("&Add a reminder"))
        self.paused = QCheckBox(self.tr("&Pause all reminders"))
        # long in every language: their words wrap rather than widen the dialog
        self.keep_in_tray = _wrapping(
            self.tr("&Keep running in the tray when the window is closed")
        )
        self.autostart = _wrapping(self.tr("Start at &login, hidden in the tray"))
        self.install_button = QPushButton(self.tr("Add to the applications &menu"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(intro)
        column.addLayout(self.rows_box)
        column.addWidget(self.add_button)
        for widget in (self.paused, self.keep_in_tray, self.autostart, self.install_button):
            column.addWidget(widget)
        column.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(vertical_scroll(page, self.windowTitle()))  # large text, small screen
        layout.addWidget(buttons)
        self.show_settings(settings)
        fit_screen(self, page, 560)
        self.add_button.clicked.connect(self._add)
        self.paused.toggled.connect(self._emit)
        self._keep_said = False
        self.keep_in_tray.toggled.connect(self._keep_toggled)
        self.autostart.toggled.connect(self.autostart_toggled)
        self.install_button.clicked.connect(self.install_requested)
        buttons.rejected.connect(self.reject)

    def show_settings(self, settings: AppSettings) -> None:
        """Show ``settings`` (after a change made elsewhere, e.g. the tray's Pause)."""
        self._settings = settings
        for row in self.rows:
            row.deleteLater()
        self.rows = []
        for reminder in settings.reminders:
            self._add_row(reminder)
        # Not yet said: reminders keep the app in the tray (so the box shows it on).
        keep = settings.keep_in_tray
        shown_keep = keep if keep is not None else bool(settings.reminders)
        for box, value in ((self.paused, settings.reminders_paused),
                           (self.keep_in_tray, shown_keep)):  # fmt: skip
            box.blockSignals(True)
            box.setChecked(value)
            box.blockSignals(False)

    def _keep_toggled(self) -> None:
        self._keep_said = True
        self._emit()

    def set_autostart(self, on: bool) -> None:
        """Show whether the login entry is there (the file is the truth)."""
        self.autostart.blockSignals(True)
        self.autostart.setChecked(on)
        self.autostart.blockSignals(False)

    def _add_row(self, reminder: Reminder) -> ReminderRow:
        row = ReminderRow(reminder, self._routines)
        row.edited.connect(self._emit)
        row.removed.connect(lambda: self._remove(row))
        self.rows_box.addWidget(row)
        self.rows.append(row)
        return row

    def _add(self) -> None:
        routine_id = self._settings.last_routine or (self._routines[0][0] if self._routines else "")
        if routine_id:
            self._add_row(Reminder(NEW_REMINDER_TIME, routine_id, EVERY_DAY))
            self._emit()

    def _remove(self, row: ReminderRow) -> None:
        self.rows.remove(row)
        row.deleteLater()
        self._emit()

    def _emit(self) -> None:
        self._settings = dataclasses.replace(
            self._settings,
            reminders=tuple(row.reminder() for row in self.rows),
            reminders_paused=self.paused.isChecked(),
            # Only the person's own answer is saved; adding a reminder says nothing about it.
            keep_in_tray=self.keep_in_tray.isChecked()
            if self._keep_said
            else self._settings.keep_in_tray,
        )
        if not self._keep_said:  # show what reminders now mean for closing the window
            self.keep_in_tray.blockSignals(True)
            self.keep_in_tray.setChecked(
                self._settings.keep_in_tray is True
                or (self._settings.keep_in_tray is None and bool(self._settings.reminders))
            )
            self.keep_in_tray.blockSignals(False)
        self.changed.emit(self._settings)
