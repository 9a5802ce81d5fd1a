"""What one test changes for the whole application is undone before the next one runs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTimer, QTranslator
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget

from spasm_stretch.settings.store import Theme
from spasm_stretch.ui.widgets.theme import apply_theme
from tests.helpers.app_state import AppState, leftover_timers, restored


def test_night_colours_200_percent_text_and_a_tray_app_are_all_put_back(qapp: QApplication) -> None:
    """Night palette, 200 % text, the look property, locale and quit rule: all as before."""
    before = AppState.of(qapp)
    apply_theme(qapp, Theme.NIGHT, 200)
    qapp.setProperty("spasm_test_only", "left behind")
    QLocale.setDefault(QLocale("de"))
    qapp.setQuitOnLastWindowClosed(not before.quit_on_last_window_closed)
    assert qapp.font().pointSizeF() == 20.0
    before.restore(qapp)
    after = AppState.of(qapp)
    assert after.palette == before.palette
    assert after.palette.color(QPalette.ColorRole.Window).lightness() > 20
    assert after.font == before.font
    assert after.properties == before.properties
    assert after.locale == before.locale
    assert after.quit_on_last_window_closed == before.quit_on_last_window_closed
    assert after.colour_scheme == before.colour_scheme


def test_translators_a_test_installed_are_removed(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A language a test forgot to take out again does not speak in the next test."""
    translator = QTranslator()
    with restored(monkeypatch):
        assert QCoreApplication.installTranslator(translator)
    assert not QCoreApplication.removeTranslator(translator), "already removed"
    del qapp


def test_a_timer_left_running_is_stopped_and_reported(qapp: QApplication) -> None:
    """A timer that would fire in the next test is stopped, and its test is told."""
    widget = QWidget()
    timer = QTimer(widget)
    timer.start(60_000)
    assert leftover_timers() == [timer]
    assert not timer.isActive()
    widget.deleteLater()
    del qapp
