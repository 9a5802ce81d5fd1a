"""Reminders in the settings file: kept between runs; a bad hand-edited one never stops the app."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSettings

from spasm_stretch.core.reminders import Due, Reminder, ReminderState, due_now
from spasm_stretch.settings.store import AppSettings, SettingsStore

BERLIN = ZoneInfo("Europe/Berlin")


def store(path: Path) -> SettingsStore:
    return SettingsStore(QSettings(str(path), QSettings.Format.IniFormat))


def test_reminders_and_the_schedule_state_survive_a_restart(tmp_path: Path) -> None:
    """Reminders, a snooze and a skipped day read back the same; a fired one does not re-fire."""
    rules = (Reminder(time(21, 30), "calf", bedtime=True), Reminder.parse("07:00 mon,fri back"))
    first = store(tmp_path / "s.ini")
    first.save(AppSettings(reminders=rules, keep_in_tray=True))
    fired_at = datetime(2026, 6, 1, 21, 30, tzinfo=BERLIN)
    due, state = due_now(rules, ReminderState(datetime(2026, 6, 1, 21, 0, tzinfo=BERLIN)),
                         fired_at, BERLIN)  # fmt: skip
    assert due is not None
    snoozed = Due(rules[0], fired_at + timedelta(minutes=15), snoozed=True)
    state = ReminderState(state.seen_until, snoozed, date(2026, 6, 2))
    first.save_reminder_state(state)
    again = store(tmp_path / "s.ini")
    assert again.load().reminders == rules
    assert again.load().keep_in_tray is True
    assert again.reminder_state() == state
    assert due_now(rules, again.reminder_state(), fired_at, BERLIN)[0] is None


def test_a_bad_reminder_line_falls_back_with_a_message(tmp_path: Path) -> None:
    """A hand-edited '25:00' is reported and the app starts with no reminders."""
    path = tmp_path / "s.ini"
    path.write_text("[General]\nreminders=25:00 daily calf\nsound=false\n"
                    "[reminders-state]\nseen_until=yesterday\n", encoding="utf-8")  # fmt: skip
    settings_store = store(path)
    settings = settings_store.load()
    assert settings.reminders == () and settings.sound is False
    assert settings_store.reminder_state() == ReminderState()
    assert any("'reminders'" in problem for problem in settings_store.problems)
    assert any("reminder state" in problem for problem in settings_store.problems)
