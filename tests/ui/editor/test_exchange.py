"""Export a routine made in the editor, import it into a fresh profile, and run it there."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from spasm_stretch.app import window_for
from spasm_stretch.core.engine import EventKind
from spasm_stretch.library import load_all
from spasm_stretch.resources import builtin_routines_dir
from spasm_stretch.settings.store import SettingsStore
from spasm_stretch.ui.editor import exchange
from spasm_stretch.ui.shell.window import MainWindow
from spasm_stretch.user_paths import user_routines_dir
from tests.helpers.clock import FakeClock
from tests.helpers.windows import day_settings
from tests.ui.editor.test_editor import fill_pumps_and_towel, photo, run_to_end

WindowMaker = Callable[[], MainWindow]


@pytest.fixture
def make(qtbot: QtBot, tmp_path: Path, clock: FakeClock) -> Iterator[WindowMaker]:
    """Windows over whatever user folder the environment names when each is built."""
    made: list[MainWindow] = []

    def build() -> MainWindow:
        store = SettingsStore(
            QSettings(str(day_settings(tmp_path / "s.ini")), QSettings.Format.IniFormat)
        )
        window = window_for(load_all([]), store, clock=clock, reload_catalog=lambda: load_all([]))
        qtbot.addWidget(window)
        window.show()
        made.append(window)
        return window

    yield build
    for window in made:
        if window.editing.editor is not None:
            window.editing.editor.close()


@pytest.fixture
def say_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Confirm every import; record what the person was shown."""
    shown: list[str] = []

    def confirm(_parent: object, description: str) -> bool:
        shown.append(description)
        return True

    monkeypatch.setattr(exchange, "ask_import", confirm)
    return shown


def exported_pumps(make: WindowMaker, tmp_path: Path) -> Path:
    window = make()
    editor = window.editing.new()
    fill_pumps_and_towel(editor, photo(tmp_path / "towel.png", 640, 480))
    assert editor.save() is not None
    return window.exchange.export("pumps-and-towel", tmp_path / "pumps.zip") or Path()


def test_export_then_import_in_a_fresh_profile_and_run(
    make: WindowMaker,
    tmp_path: Path,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    say_yes: list[str],
) -> None:
    """The .zip carries routine and photo to a new profile, where it runs with its 10 reps."""
    archive = exported_pumps(make, tmp_path)
    assert archive.is_file()
    fresh = tmp_path / "fresh-profile"
    fresh.mkdir()
    monkeypatch.setenv("XDG_DATA_HOME", str(fresh))
    window = make()
    assert window.services.catalog.current.find("pumps-and-towel") is None
    installed = window.exchange.import_file(archive)
    assert installed == fresh / "spasm-stretch" / "routines" / "pumps-and-towel.yaml"
    assert say_yes[0].startswith("Pumps and towel\nCalf  ·  2 steps  ·  1:40")
    assert (installed.parent / "pictures" / "towel.png").is_file()
    window.session.start_routine("pumps-and-towel")
    events = run_to_end(window, clock)
    assert sum(e.segment.repetition > 0 and e.starts_segment for e in events) == 10
    assert [e.kind for e in events].count(EventKind.SWITCH_SIDES) == 1


@pytest.mark.usefixtures("say_yes")
@pytest.mark.parametrize(("choice", "files"), [("both", 2), ("replace", 1), ("", 1)])
def test_an_id_clash_asks_replace_or_keep_both(
    make: WindowMaker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, choice: str, files: int
) -> None:
    """Importing a routine one already has: keep both adds a renamed copy, replace does not."""
    archive = exported_pumps(make, tmp_path)
    monkeypatch.setattr(exchange, "ask_clash", lambda *_: choice)
    window = make()
    result = window.exchange.import_file(archive)
    assert (result is None) == (choice == "")
    assert len(list(user_routines_dir().glob("*.yaml"))) == files
    if choice == "both":
        copy = window.services.catalog.current.find("pumps-and-towel-2")
        assert copy is not None and copy.name == "Pumps and towel (pumps-and-towel-2)"


def test_a_broken_file_is_not_imported_and_says_why(
    make: WindowMaker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, say_yes: list[str]
) -> None:
    """A routine the loader refuses is not copied; the message names file and line."""
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    path = tmp_path / "bad.yaml"
    path.write_text("id: bad\nname: Bad\n", encoding="utf-8")
    window = make()
    assert window.exchange.import_file(path) is None
    assert f"{path}, line 1: steps must be a non-empty list" in warned[0]
    assert say_yes == []
    assert not list(user_routines_dir().glob("*.yaml"))


def test_dropping_a_yaml_file_on_the_window_imports_it(
    make: WindowMaker, tmp_path: Path, say_yes: list[str]
) -> None:
    """A .yaml dragged from a file manager onto the window is imported."""
    path = tmp_path / "dropped.yaml"
    path.write_text(
        "id: dropped\nname: Dropped\narea: neck\nsummary: S.\nsteps:\n"
        "  - name: Tilt\n    instructions: [Tilt.]\n    hold: 20\n",
        encoding="utf-8",
    )
    window = make()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    drop = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    # Qt delivers a drop only during a real drag, so the window's drop handler gets it directly.
    assert window.exchange.eventFilter(window, drop)
    assert window.services.catalog.current.find("dropped") is not None


@pytest.mark.usefixtures("say_yes")
@pytest.mark.parametrize("style", ["flow", "folded"])
def test_keep_both_with_a_flow_or_folded_id_leaves_the_built_in_routine(
    make: WindowMaker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, style: str
) -> None:
    """A built-in Neck copy imported twice with "Keep both": neck-2 and neck-3 load beside it.

    The built-in Neck keeps its id, so its cramp button still runs it.
    """
    original = (builtin_routines_dir() / "neck.yaml").read_text(encoding="utf-8")
    if style == "flow":
        text = json.dumps(yaml.safe_load(original), ensure_ascii=False)
    else:
        text = re.sub(r"^id: neck$", "id: >-\n  neck", original, count=1, flags=re.MULTILINE)
    path = tmp_path / "neck-copy.yaml"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setattr(exchange, "ask_clash", lambda *_: exchange.KEEP_BOTH)
    window = make()
    assert window.exchange.import_file(path) is not None
    assert window.exchange.import_file(path) is not None
    catalog = load_all([])
    assert not catalog.problems
    ids = {r.id for r in catalog.routines}
    assert {"neck", "neck-2", "neck-3"} <= ids
    neck = catalog.find("neck")
    assert neck is not None and neck.source == builtin_routines_dir() / "neck.yaml"
