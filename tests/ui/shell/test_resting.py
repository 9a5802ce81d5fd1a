"""Hidden to the tray, the window lets go of its native window and backing store; shown, back."""

from __future__ import annotations

import platform
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from spasm_stretch.ui.shell.window import MainWindow
from spasm_stretch.ui.widgets.resting import LetGoWhenHidden, trim_heap

WindowFactory = Callable[..., MainWindow]


def resting(window: MainWindow) -> LetGoWhenHidden:
    """The window's watch for being hidden (the composition root makes it)."""
    found = window.findChild(LetGoWhenHidden)
    assert isinstance(found, LetGoWhenHidden)
    return found


def created(window: MainWindow) -> bool:
    return window.testAttribute(Qt.WidgetAttribute.WA_WState_Created)


def test_a_window_hidden_to_the_tray_drops_its_native_window_and_comes_back_whole(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    """Hidden: no native window, no backing store. Shown again: same size, drawn, keys work."""
    window = make_window()
    size = window.size()
    window.hide()
    QApplication.processEvents()
    assert not created(window) and window.windowHandle() is None
    window.show()
    qtbot.waitExposed(window)
    assert created(window) and window.size() == size
    assert not window.grab().isNull()
    window.picker.list.setFocus()
    window.session.toggle()  # Space on the list: the highlighted routine starts, as before
    assert window.session.driver is not None
    window.session.driver.stop()


def test_a_minimised_window_or_one_with_a_dialog_open_keeps_its_native_window(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    """Only a window hidden on purpose lets go: not a minimised one, not under an open dialog."""
    window = make_window()
    window.showMinimized()
    QApplication.processEvents()
    assert created(window)
    assert not resting(window).let_go()
    window.showNormal()
    dialog = QDialog(window)
    dialog.show()
    window.hide()
    assert not resting(window).let_go() and created(window)
    dialog.close()
    assert resting(window).let_go() and not created(window)
    window.show()
    qtbot.waitExposed(window)


def test_the_heap_is_trimmed_where_the_c_library_can() -> None:
    """With glibc its free pages go back; with another C library nothing is tried, or fails."""
    assert trim_heap() is (platform.libc_ver()[0] == "glibc")


def test_pages_opened_before_go_when_hidden_and_come_back_when_opened_again(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    """Relief, History and an ended session's pages are let go; shown, the list; opened, rebuilt."""
    window = make_window()
    window.open_relief()
    window.open_history()
    window.session.start_routine("calf")
    assert window.session.driver is not None
    window.session.driver.stop()  # ended: its summary is shown, nothing waits to resume
    assert window.session.showing("finished_view")
    window.hide()
    QApplication.processEvents()
    for controller, page in ((window.session, "view"), (window.session, "finished_view"),
                             (window.cramp, "view"), (window.log, "view")):  # fmt: skip
        assert page not in controller.__dict__, (controller, page)
    assert window.pages.count() == 1 and window.pages.currentWidget() is window.picker
    window.show()
    qtbot.waitExposed(window)
    window.open_relief()
    assert window.cramp.showing()
    window.session.start_routine("calf")
    assert window.session.showing("view")
    assert window.session.driver is not None
    window.session.driver.stop()


def test_a_live_session_and_a_timed_cramp_keep_their_pages_when_hidden(
    make_window: WindowFactory,
) -> None:
    """Closed to the tray mid-routine, or with a cramp timed: shown again, they are there."""
    window = make_window()
    window.open_relief()
    window.cramp.start_by_hand()
    window.session.start_routine("calf")
    window.hide()
    QApplication.processEvents()
    assert window.session.showing("view") and "view" in window.cramp.__dict__
    assert window.session.driver is not None
    window.session.driver.stop()
    window.cramp.end_now()
