"""A damaged settings file never stops the start: every key x hostile values, 0 escapes.

Each value in the file is read on its own; whatever Qt or a parser makes of
it (a QPoint, a byte array, a RecursionError from 3,000 brackets), it falls
back to its default with one message naming the file and the setting, and
every other setting is kept.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from spasm_stretch.core.reminders import ReminderState
from spasm_stretch.settings.store import _PARSERS, AppSettings, SettingsStore

# What a hand edit, another version, a crash mid-write or an attacker leaves behind.
HOSTILE = [
    "@Point(1 2)",
    "@Point(1 2), @Point(3 4)",
    "@Rect(0 0 10 10)",
    "@Size(3 4)",
    "@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\0)",
    "@Variant(\\0\\0\\0\\n\\xff\\xff\\xff\\xff)",
    "@Variant(\\0\\0\\0\\x1c\\0\\0\\0\\x2\\0\\0\\0\\x2\\0\\x61)",
    "@Variant(garbage",
    "@Variant()",
    "@ByteArray(\\xff\\xfe\\0)",
    "@ByteArray()",
    "@Invalid()",
    "@DateTime(\\0\\0\\0\\x10)",
    "[" * 3000,
    "{" * 3000,
    '{"calf": ' * 3000,
    "(" * 3000,
    '"',
    '"unterminated',
    "",
    "   ",
    "\\0",
    "-1",
    "1e309",
    "nan",
    "-inf",
    "99999999999999999999999999",
    "x" * 100_000,
    "a, b, c",
    "=, =, =",
    "neck=",
    "=neck",
    "\\x01\\x02\\x7f",
    "\U0001f642" * 50,
    "null",
    "[1, 2]",
    '{"get-ready": 5}',
    '{"no-such-cue": "/x.wav"}',
    "0x10",
    "None",
    "25:00 daily calf",
    "07:00 everyday; ;; 99:99",
    "true|false",
    "2026-13-45T99:00",
    "\\\\",
    "%",
    "a=b;c=d",
]


def store_with(tmp_path: Path, section: str, key: str, value: str) -> SettingsStore:
    path = tmp_path / "settings.ini"
    path.write_text(f"[General]\nsound=false\n[{section}]\n{key}={value}\n", encoding="utf-8")
    return SettingsStore(QSettings(str(path), QSettings.Format.IniFormat))


def test_there_are_at_least_30_hostile_values() -> None:
    assert len(HOSTILE) >= 30


@pytest.mark.qt_log_ignore("QVariant::load")  # Qt's own note on a damaged @Variant
@pytest.mark.parametrize("key", sorted(_PARSERS))
def test_every_setting_survives_every_hostile_value(tmp_path: Path, key: str) -> None:
    """0 escapes: each damaged value falls back with a message; the others are kept."""
    defaults = AppSettings()
    escapes = []
    for value in HOSTILE:
        store = store_with(tmp_path, "General", key, value)
        try:
            settings = store.load()
        except Exception as exc:  # counting escapes is the point
            escapes.append(f"{value[:40]!r}: {type(exc).__name__}")
            continue
        assert settings.sound is False or key == "sound"  # the neighbour is kept
        loaded = getattr(settings, key)
        default = getattr(defaults, key)
        if loaded != default or store.problems:
            # a value it kept is of the right kind; one it refused is named once, with the file
            assert default is None or isinstance(loaded, type(default)) or loaded is None
        if store.problems:
            (problem,) = store.problems
            assert f"'{key}'" in problem and str(store.path) in problem
            assert len(problem) < 400  # a 100,000-character value is not repeated whole
    assert escapes == []


@pytest.mark.qt_log_ignore("QVariant::load")
@pytest.mark.parametrize("key", ["seen_until", "snoozed", "skipped"])
def test_the_reminder_state_survives_every_hostile_value(tmp_path: Path, key: str) -> None:
    """A damaged reminder state starts the schedule afresh, with one message."""
    for value in [*HOSTILE, "2026-06-01T21:30", "2026-06-01T21:30|07:00 daily calf"]:
        store = store_with(tmp_path, "reminders-state", key, value)
        state = store.reminder_state()
        assert isinstance(state, ReminderState)
        assert len(store.problems) <= 1


def test_a_point_in_a_list_setting_falls_back_with_one_message(tmp_path: Path) -> None:
    """The issue's own example: muted_cues=@Point(1 2), @Point(3 4)."""
    store = store_with(tmp_path, "General", "muted_cues", "@Point(1 2), @Point(3 4)")
    settings = store.load()
    assert settings == dataclasses.replace(AppSettings(), sound=False)
    (problem,) = store.problems
    assert "muted_cues" in problem and "using ''" in problem


def test_deep_brackets_in_own_sounds_fall_back(tmp_path: Path) -> None:
    """3,000 '[' in own_sounds: RecursionError inside json, caught as a bad value."""
    store = store_with(tmp_path, "General", "own_sounds", "[" * 3000)
    assert store.load().own_sounds == ()
    (problem,) = store.problems
    assert "own_sounds" in problem


@pytest.mark.qt_log_ignore("QVariant::load")
def test_a_value_qt_cannot_decode_is_reported_not_taken_as_absent(tmp_path: Path) -> None:
    """'@Variant(...)' that Qt reads as nothing is still named, not silently ignored."""
    store = store_with(tmp_path, "General", "theme", "@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\0)")
    assert store.load().theme is AppSettings().theme
    (problem,) = store.problems
    assert "'theme'" in problem and "using 'system'" in problem


@pytest.mark.qt_log_ignore("QVariant::load")
def test_a_damaged_window_geometry_is_harmless(tmp_path: Path, qtbot: QtBot) -> None:
    """Only bytes reach the window, which refuses bad ones and keeps its default size."""
    window = QWidget()
    qtbot.addWidget(window)
    for value in HOSTILE:
        geometry = store_with(tmp_path, "window", "geometry", value).geometry()
        if geometry is not None:
            assert isinstance(geometry, QByteArray)
            assert window.restoreGeometry(geometry) is False
