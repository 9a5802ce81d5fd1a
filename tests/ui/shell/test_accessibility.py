"""Every focusable control on every page has a name a screen reader can say."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from spasm_stretch.log.store import LogStore, now
from spasm_stretch.ui.shell.window import MainWindow
from tests.helpers.clock import FakeClock
from tests.helpers.log import log_cramp
from tests.helpers.pages import visit_pages

WindowFactory = Callable[..., MainWindow]


def spoken_name(widget: QWidget) -> str:
    """The name assistive technology reads for ``widget`` (its own, its text or its label)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed_controls(root: QWidget) -> list[str]:
    """Visible, enabled, focusable widgets under ``root`` with no spoken name."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        focusable = widget.focusPolicy() is not Qt.FocusPolicy.NoFocus
        if focusable and widget.isVisible() and widget.isEnabled() and not spoken_name(widget):
            found.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return found


def test_every_focusable_control_has_a_name(
    qtbot: QtBot,
    make_window: WindowFactory,
    clock: FakeClock,
    long_routine: Path,
    tmp_path: Path,
) -> None:
    history = LogStore(tmp_path / "history.db")
    log_cramp(history, now() - timedelta(days=1), 12, "Calf or foot", helped=("Stretching",))
    window = make_window([long_routine], history=history)
    found: list[str] = []
    for name, widget in visit_pages(window, clock):
        QApplication.processEvents()
        found += [f"{name}: {control}" for control in unnamed_controls(widget)]
    assert sorted(set(found)) == [], "\n".join(sorted(set(found)))
