"""The user's routine folder is live: fixes on disk show in the list without F5."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from spasm_stretch.app import window_for
from spasm_stretch.core.problems import Problem
from spasm_stretch.library import load_all
from spasm_stretch.settings.store import SettingsStore
from spasm_stretch.ui.picker.folder_watch import watch_routine_folders
from spasm_stretch.ui.picker.problems import ProblemPanel
from spasm_stretch.ui.shell.window import MainWindow
from spasm_stretch.user_paths import user_routines_dir
from tests.helpers.clock import FakeClock
from tests.helpers.routines import VALID_ROUTINE, with_line
from tests.helpers.windows import day_settings

MINE = VALID_ROUTINE.replace("id: test-routine", "id: mine").replace(
    "name: Test routine", "name: My own routine"
)
BROKEN = MINE.replace('    hold: "20-30"', "    hold: 30s")


@pytest.fixture
def live_window(qtbot: QtBot, tmp_path: Path, clock: FakeClock) -> Callable[[], MainWindow]:
    """A window over the real user folder, reloaded by the folder watcher as the app does."""

    def make() -> MainWindow:
        store = SettingsStore(
            QSettings(str(day_settings(tmp_path / "s.ini")), QSettings.Format.IniFormat)
        )
        window = window_for(load_all([]), store, clock=clock, reload_catalog=lambda: load_all([]))
        qtbot.addWidget(window)
        watch_routine_folders(
            window, window.services.catalog.reload, []
        )  # as app.build_window does
        window.show()
        return window

    return make


def test_fixing_a_broken_file_on_disk_clears_the_warning_within_2_s(
    live_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    """A broken own file is named with its line; saving a fix shows the routine, no F5."""
    folder = user_routines_dir()
    folder.mkdir(parents=True)
    path = folder / "mine.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    window = live_window()
    panel = window.picker.problems
    assert panel.isVisible()
    (message,) = panel.messages()
    assert message.startswith(f"{path}, line 11: step 1 (First stretch): hold must be seconds")
    assert "mine" not in window.picker.visible_ids()
    path.write_text(MINE, encoding="utf-8")
    qtbot.waitUntil(lambda: "mine" in window.picker.visible_ids(), timeout=2000)
    assert not panel.isVisible()
    assert panel.messages() == []


def test_a_new_file_dropped_in_the_folder_appears(
    live_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    """Copying a routine into the folder adds it; deleting it takes it away."""
    folder = user_routines_dir()
    folder.mkdir(parents=True)
    window = live_window()
    (folder / "mine.yaml").write_text(MINE, encoding="utf-8")
    qtbot.waitUntil(lambda: "mine" in window.picker.visible_ids(), timeout=2000)
    (folder / "mine.yaml").unlink()
    qtbot.waitUntil(lambda: "mine" not in window.picker.visible_ids(), timeout=2000)


def test_a_save_by_renaming_over_the_file_is_noticed(
    live_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    """Editors that write a new file and rename it over the old one are followed too."""
    folder = user_routines_dir()
    folder.mkdir(parents=True)
    path = folder / "mine.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    window = live_window()
    assert window.picker.problems.isVisible()
    fresh = folder / ".mine.yaml.swp"
    fresh.write_text(MINE, encoding="utf-8")
    fresh.replace(path)
    qtbot.waitUntil(lambda: "mine" in window.picker.visible_ids(), timeout=2000)
    assert not window.picker.problems.isVisible()


def test_own_routines_are_marked_yours_and_filterable(
    live_window: Callable[[], MainWindow],
) -> None:
    """One's own routine says "yours"; "Yours only" hides the built-in ones."""
    folder = user_routines_dir()
    folder.mkdir(parents=True)
    (folder / "mine.yaml").write_text(MINE, encoding="utf-8")
    window = live_window()
    picker = window.picker
    assert len(picker.visible_ids()) > 1
    assert picker.only_yours.isVisible()
    picker.only_yours.setChecked(True)
    assert picker.visible_ids() == ["mine"]
    item = picker.list.currentItem()
    assert item.text().endswith("·  yours")


def test_problem_buttons_open_the_file_and_its_folder(qtbot: QtBot, tmp_path: Path) -> None:
    """The "Open file" and "Show folder" buttons hand the file and its folder to the desktop."""
    path = tmp_path / "mine.yaml"
    path.write_text(with_line(11, "    hold: 30s"), encoding="utf-8")
    opened: list[Path] = []

    def opener(target: Path) -> bool:
        opened.append(target)
        return True

    panel = ProblemPanel(opener=opener)
    qtbot.addWidget(panel)
    panel.set_problems([Problem(path, "hold must be seconds", 11)])
    for button in panel.findChildren(QPushButton):
        button.click()
    assert opened == [path, tmp_path]


def test_past_the_limit_only_the_folder_is_watched(qtbot: QtBot, tmp_path: Path) -> None:
    """At the limit every file has its watch; one more file, and the folder alone is watched."""
    from spasm_stretch.ui.picker.folder_watch import MAX_WATCHED_FILES, RoutineFolderWatcher

    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(MAX_WATCHED_FILES):
        (folder / f"r{n}.yaml").write_text("id: x\n", encoding="utf-8")
    watcher = RoutineFolderWatcher([folder])
    assert len(watcher.watched()) == MAX_WATCHED_FILES + 1
    (folder / "one-more.yaml").write_text("id: y\n", encoding="utf-8")
    watcher._settled()
    assert watcher.watched() == [str(folder)]


BUILT = """
import argparse, sys, time
from PySide6.QtWidgets import QApplication
from spasm_stretch.app import build_window
from spasm_stretch.ui.picker.folder_watch import RoutineFolderWatcher
from spasm_stretch.user_paths import user_routines_dir

def watchers():
    return window.findChildren(RoutineFolderWatcher)

def run_until(done):
    deadline = time.monotonic() + 10
    while not done() and time.monotonic() < deadline:
        QApplication.processEvents()
    return done()

window = build_window(argparse.Namespace(routines=[], speed=1.0, audio="silent"))
print("before paint:", len(watchers()), flush=True)
print("after paint:", run_until(lambda: watchers()) and len(watchers()), flush=True)
(user_routines_dir() / "mine.yaml").write_text(sys.stdin.read(), encoding="utf-8")
print("listed:", run_until(lambda: "mine" in window.picker.visible_ids()), flush=True)
"""


def test_the_app_watches_its_folders_from_just_after_the_list_is_drawn(tmp_path: Path) -> None:
    """The watch waits for the first paint (the list comes first), then a new file is listed."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("data", "config", "cache"):
        env[f"XDG_{name.upper()}_HOME"] = str(tmp_path / name)
    done = subprocess.run(
        [sys.executable, "-c", BUILT], input=MINE, capture_output=True, text=True, env=env,
        cwd=Path(__file__).resolve().parents[3], check=False, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.splitlines() == ["before paint: 0", "after paint: 1", "listed: True"]
