"""A window drawn before its controllers exist: the list first, the rest just after.

The app shows the routine list before the controllers are made (their modules
cost ~25 ms); ``complete()`` adds them just after the first paint. The person
must end up with exactly the window they would have had, and nothing on the
page may move when the toolbar's buttons arrive.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QMenu, QToolBar

from spasm_stretch.settings.store import AppSettings
from spasm_stretch.ui.shell.window import MainWindow
from spasm_stretch.ui.widgets.theme import apply_look

WindowFactory = Callable[..., MainWindow]


def _menus(window: MainWindow) -> list[tuple[str, list[str]]]:
    """Each menu's title and its entries as shown ("-" for a separator)."""
    menus = []
    for entry in window.menuBar().actions():
        menu = entry.menu()
        assert isinstance(menu, QMenu)
        menus.append((entry.text(), [a.text() or "-" for a in menu.actions() if a.isVisible()]))
    return menus


def _toolbar(window: MainWindow) -> list[str]:
    bar = window.findChild(QToolBar)
    assert bar is not None
    return [action.text() for action in bar.actions() if action.isVisible()]


@pytest.mark.parametrize(("scale", "size"), [(100, QSize(960, 680)), (200, QSize(800, 600))])
def test_the_list_shows_before_the_controllers_and_the_window_ends_up_whole(
    make_window: WindowFactory, scale: int, size: QSize
) -> None:
    """At 200 % on 800x600 the full toolbar drops its words: its height must not change."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_look(app, AppSettings(text_scale=scale))  # as the app does before the window
    whole = make_window()
    menus, buttons = _menus(whole), _toolbar(whole)
    whole.close()
    window = make_window(complete=False)
    window.resize(size)
    QApplication.processEvents()
    assert not window.completed
    assert window.pages.currentWidget() is window.picker
    assert window.picker.visible_ids() == whole.picker.visible_ids() != []
    assert [title for title, _ in _menus(window)] == [title for title, _ in menus]
    assert _toolbar(window) == [window.routines_action.text()]
    page = window.pages.geometry()

    window.complete()
    QApplication.processEvents()

    assert window.completed
    assert _menus(window) == menus
    assert _toolbar(window) == buttons
    # The toolbar and the status bar were there from the start: the page did not move.
    assert window.pages.geometry() == page
    window.complete()  # a second call changes nothing
    assert _menus(window) == menus


def test_a_window_closed_before_it_was_completed_closes_cleanly(
    make_window: WindowFactory,
) -> None:
    window = make_window(complete=False)
    assert window.close()
    assert not window.isVisible()  # and no timer left running (make_window checks)
