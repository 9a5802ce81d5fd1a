"""The reminders dialog: every edit is the complete new settings; a reminder keeps one day."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot

from spasm_stretch.core.reminders import Reminder
from spasm_stretch.settings.store import AppSettings
from spasm_stretch.ui.settings.reminders import RemindersDialog

ROUTINES = [("calf", "Calf stretch"), ("neck", "Neck stretch")]


def test_edits_come_out_as_reminders(qtbot: QtBot) -> None:
    """Time, days, routine and bedtime edited in a row arrive as one Reminder."""
    dialog = RemindersDialog(
        AppSettings(reminders=(Reminder(time(21, 30), "calf"),)), ROUTINES, "tray messages"
    )
    qtbot.addWidget(dialog)
    row = dialog.rows[0]
    with qtbot.waitSignal(dialog.changed):
        row.time.setTime(QTime(22, 15))
    row.days[5].setChecked(False)
    row.days[6].setChecked(False)
    row.routine.setCurrentIndex(1)
    with qtbot.waitSignal(dialog.changed) as changed:
        row.bedtime.setChecked(True)
    assert changed.args[0].reminders == (
        Reminder(time(22, 15), "neck", frozenset(range(5)), bedtime=True),
    )
    with qtbot.waitSignal(dialog.changed) as changed:
        dialog.rows[0].removed.emit()
    assert changed.args[0].reminders == ()


def test_the_last_day_cannot_be_unticked(qtbot: QtBot) -> None:
    """A reminder on no day would never come: unticking its only day is refused."""
    only_monday = Reminder(time(7, 0), "calf", frozenset({0}))
    dialog = RemindersDialog(AppSettings(reminders=(only_monday,)), ROUTINES, "tray messages")
    qtbot.addWidget(dialog)
    with qtbot.assertNotEmitted(dialog.changed):
        dialog.rows[0].days[0].setChecked(False)
    assert dialog.rows[0].days[0].isChecked()
    assert dialog.rows[0].reminder() == only_monday


def test_a_reminder_for_a_routine_no_longer_loaded_is_kept_and_named(qtbot: QtBot) -> None:
    """A reminder for a deleted routine of yours says so instead of switching routine."""
    dialog = RemindersDialog(
        AppSettings(reminders=(Reminder(time(7, 0), "mine"),)), ROUTINES, "tray messages"
    )
    qtbot.addWidget(dialog)
    assert dialog.rows[0].routine.currentText() == "mine (not loaded)"
    assert dialog.rows[0].reminder().routine_id == "mine"
