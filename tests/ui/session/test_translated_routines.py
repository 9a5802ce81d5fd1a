"""Translation files in the window: never a routine in the live list, never saved over."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from spasm_stretch.app import window_for
from spasm_stretch.core.catalog import Catalog, load_catalog
from spasm_stretch.core.loader import load_routine_file
from spasm_stretch.library import routine_folders
from spasm_stretch.resources import images_dir
from spasm_stretch.settings.store import SettingsStore
from spasm_stretch.ui.picker.folder_watch import watch_routine_folders
from spasm_stretch.ui.shell.window import MainWindow
from spasm_stretch.user_paths import user_routines_dir
from tests.core.test_content_language import GERMAN
from tests.helpers.clock import FakeClock
from tests.helpers.routines import VALID_ROUTINE
from tests.helpers.windows import day_settings

MINE = VALID_ROUTINE.replace("id: test-routine", "id: mine")


def german_catalog() -> Catalog:
    return load_catalog(routine_folders([]), [images_dir()], "de")


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, clock: FakeClock) -> Iterator[MainWindow]:
    """A window listing routines in German, reloaded by the folder watcher as the app does."""
    user_routines_dir().mkdir(parents=True)
    store = SettingsStore(
        QSettings(str(day_settings(tmp_path / "s.ini")), QSettings.Format.IniFormat)
    )
    made = window_for(german_catalog(), store, clock=clock, reload_catalog=german_catalog)
    qtbot.addWidget(made)
    watch_routine_folders(made, made.services.catalog.reload, [])
    made.show()
    yield made
    if made.editing.editor is not None:
        made.editing.editor.close()


def test_the_live_folder_never_lists_a_side_file(window: MainWindow, qtbot: QtBot) -> None:
    """A translations folder dropped into one's routines adds no routine and no warning."""
    folder = user_routines_dir()
    before = set(window.picker.visible_ids())
    side = folder / "translations" / "de" / "mine.yaml"
    side.parent.mkdir(parents=True)
    side.write_text(GERMAN, encoding="utf-8")
    (folder / "mine.yaml").write_text(MINE, encoding="utf-8")
    qtbot.waitUntil(lambda: "mine" in window.picker.visible_ids(), timeout=2000)
    assert set(window.picker.visible_ids()) == before | {"mine"}
    assert window.picker.problems.messages() == []
    mine = window.services.catalog.current.find("mine")
    assert mine is not None and mine.name == "Testroutine"


def test_editing_a_translated_own_routine_edits_its_english_file(window: MainWindow) -> None:
    """The list shows the German; the editor opens and saves the file's own English text."""
    folder = user_routines_dir()
    path = folder / "mine.yaml"
    path.write_text(MINE, encoding="utf-8")
    side = folder / "translations" / "de" / "mine.yaml"
    side.parent.mkdir(parents=True)
    side.write_text(GERMAN, encoding="utf-8")
    window.services.catalog.reload()
    mine = window.services.catalog.current.find("mine")
    assert mine is not None and mine.name == "Testroutine"
    editor = window.editing.edit("mine")
    assert editor is not None
    assert editor.form.name.text() == "Test routine"
    editor.form.summary.setText("Changed.")
    assert editor.save() == path
    routine = load_routine_file(path).routine
    assert routine is not None
    assert (routine.name, routine.summary) == ("Test routine", "Changed.")
    assert routine.steps[0].name == "First stretch"
    assert side.read_text(encoding="utf-8") == GERMAN
