"""The first run on an 800x600 screen with text at 200 %: every cramp button whole."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from spasm_stretch.ui.shell.first_run import fit_to_screen
from spasm_stretch.ui.shell.window import MainWindow
from tests.helpers.layout import layout_problems

WindowFactory = Callable[..., MainWindow]
SCREEN = (800, 600)


def settle(qtbot: QtBot, done: Callable[[], bool]) -> None:
    """Let the layouts' posted passes run (no fixed wait: until ``done`` or a short limit)."""
    QApplication.processEvents()
    with contextlib.suppress(Exception):
        qtbot.waitUntil(done, timeout=500)


def wholly_shown(button: QPushButton) -> bool:
    """Shown at no less than the height it asks for, and not cut by anything around it."""
    seen = button.visibleRegion().boundingRect()
    return (
        button.isVisible()
        and button.height() >= button.minimumSizeHint().height()
        and seen.size() == button.size()
    )


@pytest.mark.parametrize("language", ["en", "de", "fr", "es"], indirect=True)
def test_the_first_run_fits_800x600_at_200_percent_with_every_cramp_button_whole(
    language: str,  # first: set up before the window, torn down after it is closed
    qtbot: QtBot,
    make_window: WindowFactory,
) -> None:
    del language
    window = make_window()
    fit_to_screen(window, restored=False)
    screen = window.screen().availableGeometry().size()
    assert window.width() <= screen.width() and window.height() <= screen.height()
    window.services.settings.update(text_scale=200)
    window.resize(*SCREEN)
    bar = window.show_disclaimer_if_first_run()
    assert bar is not None
    buttons = list(window.picker.relief_buttons.values())
    settle(qtbot, lambda: all(wholly_shown(b) for b in buttons))
    assert buttons and all(wholly_shown(b) for b in buttons), [
        (b.text(), b.size(), b.minimumSizeHint(), b.visibleRegion().boundingRect()) for b in buttons
    ]
    folded = bar.label.text()
    fold = bar.findChild(QPushButton, "fold")
    assert fold is not None
    fold.click()  # unfolded: the red flags; the cramp buttons still whole
    # The longer words wrap anew and the bars re-fit over a few posted passes, as a frame does.
    settle(qtbot, lambda: all(wholly_shown(b) for b in buttons) and not layout_problems(window))
    disclaimer = window.services.guidance.doctor.disclaimer
    assert disclaimer in folded and disclaimer in bar.label.text()
    assert len(bar.label.text()) > len(folded)
    assert all(wholly_shown(b) for b in buttons)
    assert layout_problems(window) == []


def test_a_window_opens_no_larger_than_its_screen(make_window: WindowFactory) -> None:
    """As the app opens it (the test windows are resized after): within the screen's room."""
    window = make_window()
    fit_to_screen(window, restored=False)
    room = window.screen().availableGeometry().size()
    assert window.minimumWidth() <= room.width() and window.minimumHeight() <= room.height()
    assert window.width() <= room.width() and window.height() <= room.height()
