"""A routine's row holds its three lines at any text size."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from spasm_stretch.ui.shell.window import MainWindow
from tests.helpers.drawn_text import drawn_texts

WindowFactory = Callable[..., MainWindow]


@pytest.mark.parametrize("scale", [100, 200])
def test_each_routine_row_holds_its_name_details_and_summary(
    make_window: WindowFactory, scale: int
) -> None:
    """At 200 % a fixed 112 px row drew the summary over the next row, half on the selection."""
    window = make_window()
    window.services.settings.update(text_scale=scale)
    window.resize(960, 680)
    routines = window.picker.list
    routines.setCurrentRow(0)
    QApplication.processEvents()
    viewport = routines.viewport()
    rows = [
        QRect(viewport.mapTo(window, rect.topLeft()), rect.size())
        for rect in (routines.visualItemRect(routines.item(i)) for i in range(routines.count()))
    ]
    drawn = [text for text in drawn_texts(window) if text.widget is viewport]
    assert len(drawn) >= 6  # two rows or more, three lines each
    outside = [t.text for t in drawn if not any(row.contains(t.box) for row in rows)]
    assert outside == []
