"""Settings, reminders and the editor in German, French and Spanish at 800x600, text at 200 %.

The longer words of other languages must wrap or scroll, never be cut off.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import time

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from spasm_stretch.core.reminders import Reminder
from spasm_stretch.ui.editor.dialog import RoutineEditor
from spasm_stretch.ui.settings.reminders import RemindersDialog
from spasm_stretch.ui.shell.window import MainWindow
from tests.helpers.language import spoken
from tests.helpers.layout import layout_problems

WindowFactory = Callable[..., MainWindow]
SCREEN = (800, 600)


class _Screen:
    """An 800x600 screen (the offscreen platform's is larger)."""

    def availableGeometry(self) -> QRect:  # noqa: N802 - QScreen's name
        return QRect(0, 0, *SCREEN)


def _problems(name: str, widget: QWidget) -> list[str]:
    widget.show()
    QApplication.processEvents()
    found = []
    if widget.width() > SCREEN[0] or widget.height() > SCREEN[1]:
        found.append(f"{name}: {widget.width()}x{widget.height()} is larger than the screen")
        widget.resize(min(widget.width(), SCREEN[0]), min(widget.height(), SCREEN[1]))
        QApplication.processEvents()
    return found + [f"{name}: {problem}" for problem in layout_problems(widget)]


@pytest.mark.parametrize("language", ["de", "fr", "es"])
@pytest.mark.parametrize("scale", [100, 200], ids=lambda scale: f"{scale}%")
def test_settings_reminders_and_editor_fit(
    qtbot: QtBot,
    make_window: WindowFactory,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    scale: int,
) -> None:
    monkeypatch.setattr(RoutineEditor, "screen", lambda self: _Screen())  # an 800x600 one
    with spoken(language):
        window = make_window()
        reminder = Reminder(time(21, 30), "calf", bedtime=True)
        window.services.settings.update(text_scale=scale, reminders=(reminder,))
        window.resize(*SCREEN)
        found: list[str] = []
        window.preferences.open()
        assert window.preferences.dialog is not None
        found += _problems("settings", window.preferences.dialog)
        window.preferences.dialog.close()
        routines = [(r.id, r.name) for r in window.services.catalog.current.routines]
        reminders = RemindersDialog(
            window.services.settings.value, routines, "desktop notifications", window
        )
        found += _problems("reminders", reminders)
        reminders.close()
        editor = window.editing.new()
        found += _problems("editor", editor)
        editor.close()
    assert found == [], "\n".join(found)
