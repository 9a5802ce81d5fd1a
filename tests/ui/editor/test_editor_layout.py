"""The editor fits a small screen with large text: no horizontal scrolling, nothing clipped."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea

from spasm_stretch.ui.editor.form import COUNTED, FLOW, HOLD
from spasm_stretch.ui.shell.window import MainWindow
from tests.helpers.layout import layout_problems

WindowFactory = Callable[..., MainWindow]


def settle() -> None:
    """Let posted layout work run, as the event loop would in a frame or two."""
    for _ in range(6):
        QApplication.processEvents()


@pytest.mark.parametrize("language", ["en", "de"], indirect=True)
@pytest.mark.parametrize("size", [(960, 680), (800, 600)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_at_200_percent_every_step_kind_fits_without_horizontal_scrolling(
    language: str, make_window: WindowFactory, size: tuple[int, int]
) -> None:
    """'Move down' and every field are in view across; the form scrolls only up and down."""
    del language
    window = make_window()
    window.services.settings.update(text_scale=200)
    editor = window.editing.new()
    editor.resize(*size)
    editor.show()
    scroll = editor.findChild(QScrollArea)
    assert scroll is not None
    found = []
    for kind in (HOLD, COUNTED, FLOW):
        editor.form.kind.setCurrentIndex(editor.form.kind.findData(kind))
        settle()
        if scroll.horizontalScrollBar().maximum() > 0:
            found.append(f"{kind}: scrolls {scroll.horizontalScrollBar().maximum()} px across")
        found += [f"{kind}: {problem}" for problem in layout_problems(editor)]
    editor.close()
    assert found == []
