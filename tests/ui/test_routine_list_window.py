"""The interim window lists every routine and every loading problem."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from spasm_stretch.core.catalog import RoutineSource, load_catalog
from spasm_stretch.resources import builtin_routines_dir, images_dir
from spasm_stretch.ui.routine_list_window import RoutineListWindow


def test_lists_routines_and_problems(qtbot: QtBot, tmp_path: Path) -> None:
    """Good routines appear with their time; a broken user file is shown, not hidden."""
    (tmp_path / "broken.yaml").write_text("id: [", encoding="utf-8")
    catalog = load_catalog(
        [
            RoutineSource.folder(builtin_routines_dir(), "built-in"),
            RoutineSource.folder(tmp_path, "yours"),
        ],
        [images_dir()],
    )
    window = RoutineListWindow(catalog)
    qtbot.addWidget(window)
    rows = [window.routine_list.item(i).text() for i in range(window.routine_list.count())]
    assert "Calf stretch - calf, 1:00" in rows
    assert len(rows) == 6
    assert window.problem_list.count() == 1
    assert "broken.yaml, line 1" in window.problem_list.item(0).text()
    assert not window.problem_list.isHidden()
