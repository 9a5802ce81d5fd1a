"""The editor never silently overwrites another program's change; it cleans up after crashes."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from spasm_stretch.app import window_for
from spasm_stretch.core.loader import load_routine_file
from spasm_stretch.core.routine_writer import LEFTOVER_AGE_SECONDS, remove_leftovers
from spasm_stretch.library import load_all
from spasm_stretch.settings.store import SettingsStore
from spasm_stretch.ui.editor import dialog as editor_dialog
from spasm_stretch.ui.editor.dialog import OVERWRITE, RELOAD, SAVE_COPY
from spasm_stretch.ui.shell.window import MainWindow
from spasm_stretch.user_paths import user_routines_dir
from tests.helpers.clock import FakeClock
from tests.helpers.windows import FakeVoice

CHANGED_OUTSIDE = "# added in a text editor\n"


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """A window whose editor's save reloads the real catalog."""
    store = SettingsStore(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    made = window_for(load_all([]), store, clock=FakeClock(), reload_catalog=lambda: load_all([]),
                      make_voice=FakeVoice)  # fmt: skip
    qtbot.addWidget(made)
    made.show()
    yield made
    if made.editing.editor is not None:
        made.editing.editor.close()


def saved_then_changed_outside(window: MainWindow) -> tuple[Path, str]:
    """My routine saved, opened again, then changed by another program; its new text."""
    first = window.editing.new()
    path = first.save()
    assert path is not None
    window.services.catalog.reload()
    editor = window.editing.edit("my-routine")
    assert editor is not None
    editor.form.summary.setText("Mine.")
    theirs = CHANGED_OUTSIDE + path.read_text(encoding="utf-8")
    path.write_text(theirs, encoding="utf-8")
    return path, theirs


def answer(monkeypatch: pytest.MonkeyPatch, choice: str) -> list[str]:
    """Answer the changed-on-disk question with ``choice``; record what was asked."""
    asked: list[str] = []

    def ask(_editor: object, path: Path, *, gone: bool) -> str:
        asked.append(f"{path.name} gone={gone}")
        return choice

    monkeypatch.setattr(editor_dialog.RoutineEditor, "ask_changed_on_disk", ask)
    return asked


def test_overwrite_is_only_after_asking(
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, _ = saved_then_changed_outside(window)
    asked = answer(monkeypatch, OVERWRITE)
    assert window.editing.editor is not None
    assert window.editing.editor.save() == path
    assert asked == ["my-routine.yaml gone=False"]
    routine = load_routine_file(path).routine
    assert routine is not None and routine.summary == "Mine."


def test_cancel_keeps_their_file_and_my_draft(
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, theirs = saved_then_changed_outside(window)
    answer(monkeypatch, "")
    editor = window.editing.editor
    assert editor is not None and editor.save() is None
    assert path.read_text(encoding="utf-8") == theirs
    assert editor.isVisible() and editor.form.summary.text() == "Mine."


def test_save_as_copy_keeps_theirs_and_adds_mine_beside_it(
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, theirs = saved_then_changed_outside(window)
    answer(monkeypatch, SAVE_COPY)
    editor = window.editing.editor
    assert editor is not None
    copy = editor.save()
    assert copy is not None and copy != path
    assert path.read_text(encoding="utf-8") == theirs
    mine = load_routine_file(copy).routine
    assert mine is not None and mine.id == "my-routine-2" and mine.summary == "Mine."


def test_reload_opens_their_version(
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Reload: their file, now with a comment, is not overwritten; the usual question follows."""
    path, theirs = saved_then_changed_outside(window)
    answer(monkeypatch, RELOAD)
    offered: list[str] = []

    def ask_about_comments(_window: object, name: str) -> str:
        offered.append(name)
        return ""

    monkeypatch.setattr("spasm_stretch.ui.editor.controller.ask_about_comments", ask_about_comments)
    editor = window.editing.editor
    assert editor is not None and editor.save() is None
    assert not editor.isVisible()
    assert offered == ["my-routine.yaml"]  # their comment: opened as text, not through the form
    assert path.read_text(encoding="utf-8") == theirs


def test_a_file_deleted_meanwhile_is_asked_about_without_reload(
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, _ = saved_then_changed_outside(window)
    path.unlink()
    asked = answer(monkeypatch, OVERWRITE)
    assert window.editing.editor is not None and window.editing.editor.save() == path
    assert asked == ["my-routine.yaml gone=True"]


def test_the_question_offers_three_answers(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved_then_changed_outside(window)
    shown: list[list[str]] = []

    def choose(_parent: object, _title: str, _text: str, answers: list[tuple[str, ...]]) -> str:
        shown.append([answer[1] for answer in answers])
        return ""

    monkeypatch.setattr(editor_dialog, "choose", choose)
    assert window.editing.editor is not None and window.editing.editor.save() is None
    assert shown == [["Reload theirs", "Overwrite with mine", "Save mine as a copy"]]


def test_an_unchanged_file_is_saved_without_a_question(
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked = answer(monkeypatch, "")
    editor = window.editing.new()
    path = editor.save()
    window.services.catalog.reload()
    again = window.editing.edit("my-routine")
    assert again is not None and again.save() == path
    assert asked == []


def leftover(folder: Path, prefix: str, suffix: str, age: float) -> Path:
    descriptor, name = tempfile.mkstemp(prefix=prefix, suffix=suffix, dir=folder)
    os.close(descriptor)
    stamp = Path(name).stat().st_mtime - age
    os.utime(name, (stamp, stamp))
    return Path(name)


def test_leftovers_of_an_interrupted_save_are_removed_at_the_next_start(
    window: MainWindow,
) -> None:
    """Temporary files over a minute old go; a save in progress (fresh) and others stay."""
    folder = user_routines_dir()
    (folder / "pictures").mkdir(parents=True, exist_ok=True)
    old = [
        leftover(folder, ".mine-", ".tmp", LEFTOVER_AGE_SECONDS + 1),
        leftover(folder / "pictures", ".foot.png.", ".part", LEFTOVER_AGE_SECONDS + 1),
    ]
    fresh = leftover(folder, ".mine-", ".tmp", LEFTOVER_AGE_SECONDS - 1)
    other = folder / ".notes.tmp"
    other.write_text("not ours")
    stamp = other.stat().st_mtime - 3600
    os.utime(other, (stamp, stamp))
    assert sorted(remove_leftovers(folder)) == sorted(old)
    assert fresh.exists() and other.exists()
    assert not any(path.exists() for path in old)


def test_the_window_start_removes_leftovers(tmp_path: Path, qtbot: QtBot) -> None:
    """An hour-old temporary file from a killed save is gone once the window is built."""
    folder = user_routines_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stale = leftover(folder, ".mine-", ".tmp", 3600)
    store = SettingsStore(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    made = window_for(load_all([]), store, clock=FakeClock())
    qtbot.addWidget(made)
    assert not stale.exists()


def test_an_export_into_a_read_only_place_is_told(
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """A read-only file system refuses the write and even the cleanup: a message, no traceback."""
    editor = window.editing.new()
    assert editor.save() is not None
    window.services.catalog.reload()
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))

    def read_only(*_args: object, **_kwargs: object) -> None:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr("zipfile.ZipFile", read_only)
    monkeypatch.setattr(Path, "unlink", read_only)
    assert window.exchange.export("my-routine", tmp_path / "out.zip") is None
    assert warned == [f"{tmp_path / 'out.zip'} cannot be written (read-only file system)"]
