"""The log can be put right from the History page: add, edit, delete and undo, all in the CSV."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from spasm_stretch.cli import main
from spasm_stretch.log.store import LogStore, now
from spasm_stretch.ui.log.cramp_editor import CrampEditor
from spasm_stretch.ui.log.view import HistoryView
from spasm_stretch.ui.shell.window import MainWindow
from spasm_stretch.user_paths import data_dir
from tests.helpers.cramp_form import in_editor
from tests.helpers.log import log_cramp

WindowFactory = Callable[..., MainWindow]


def csv_cramps(capsys: pytest.CaptureFixture[str]) -> list[dict[str, str]]:
    """What `spasm-stretch history --csv` says about cramps."""
    capsys.readouterr()
    assert main(["history", "--csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    return [row for row in rows if row["kind"] == "episode"]


def pick(view: HistoryView, row: int) -> None:
    view.choose_row(row)
    assert view.selected_id() is not None


def shown(view: HistoryView) -> int:
    model = view.episodes.model()
    return 0 if model is None else model.rowCount()


def test_add_edit_delete_and_undo_a_cramp_through_the_window(
    qtbot: QtBot, make_window: WindowFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    history = LogStore(data_dir() / "history.db")
    log_cramp(history, now() - timedelta(days=2), 4, "Neck", note="kept as it is")
    window = make_window(history=history)
    window.open_history()
    view = window.log.view
    view.tabs.setCurrentIndex(1)  # Cramps

    def last_night(editor: CrampEditor) -> None:
        editor.when.setDateTime(editor.when.dateTime().addSecs(-8 * 3600))
        editor.area.setCurrentText("Calf or foot")
        editor.side.setCurrentIndex(1)
        editor.unknown.setChecked(False)
        editor.minutes.setValue(6)
        editor.severity.setValue(8)
        editor.tags[0].setChecked(True)
        editor.note.setPlainText("=cmd|' /C calc'!A0 woke me at 3, a long note " * 4)

    in_editor(last_night)
    view.add_button.click()
    added = next(r for r in csv_cramps(capsys) if r["area"] == "Calf or foot")
    assert (added["side"], added["severity"], added["minutes"], added["end"]) == (
        "left", "8", "6.0", "estimated",
    )  # fmt: skip
    assert added["tags"] == "Night-time"
    assert added["note"].startswith("'=cmd|")
    assert shown(view) == 2
    pick(view, 1)  # newest first: the neck one
    assert "kept as it is" in view.detail.text()
    pick(view, 0)
    assert "a long note" in view.detail.text() and view.detail.wordWrap()

    def milder(editor: CrampEditor) -> None:
        editor.severity.setValue(3)
        editor.side.setCurrentIndex(2)

    in_editor(milder)
    view.edit_button.click()
    edited = next(r for r in csv_cramps(capsys) if r["area"] == "Calf or foot")
    assert (edited["severity"], edited["side"], edited["minutes"]) == ("3", "right", "6.0")
    pick(view, 0)
    window.activateWindow()  # back from the dialog, as the window manager does
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(view.episodes, Qt.Key.Key_Delete)
    assert [r["area"] for r in csv_cramps(capsys)] == ["Neck"]
    bar = window.messages.showing("undo-delete")
    assert bar is not None and "was deleted" in bar.label.text()
    qtbot.keyClick(view.episodes, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    restored = next(r for r in csv_cramps(capsys) if r["area"] == "Calf or foot")
    assert (restored["severity"], restored["side"]) == ("3", "right")
    assert window.messages.showing("undo-delete") is None
    assert shown(view) == 2


def test_red_flags_once_read_stay_folded_until_a_new_one_is_met(
    make_window: WindowFactory,
) -> None:
    history = LogStore(data_dir() / "history.db")
    log_cramp(history, now() - timedelta(days=30), 12, "Calf or foot")
    window = make_window(history=history)
    window.open_history()
    view = window.log.view
    assert view.flags.isVisible() and "met on" in view.flags.text()
    view.read_button.click()
    assert not view.flags.isVisible() and view.flags_noted.isVisible()
    window.open_history()
    assert not view.flags.isVisible()
    log_cramp(history, now() - timedelta(days=1), 15, "Calf or foot")
    window.open_history()
    assert view.flags.isVisible(), "a new long cramp opens the box again"
