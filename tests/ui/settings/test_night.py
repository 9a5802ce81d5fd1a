"""The night theme: dim and dark, by hand or by the clock, and on the relief page at night."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from spasm_stretch.settings.store import AppSettings, Theme
from spasm_stretch.ui.shell.window import MainWindow
from spasm_stretch.ui.widgets import theme
from spasm_stretch.ui.widgets.theme import (
    NIGHT_OPACITY,
    THEME_COLOURS,
    chosen_theme,
    is_night,
    night_opacity,
)

WindowFactory = Callable[..., MainWindow]
AUTO = AppSettings(theme=Theme.LIGHT, night_auto=True, night_start=22, night_end=7)


@pytest.mark.parametrize(
    ("hour", "night"), [(21, False), (22, True), (3, True), (6, True), (7, False), (12, False)]
)
def test_night_hours_cross_midnight(hour: int, night: bool) -> None:
    assert is_night(hour, 22, 7) is night
    assert chosen_theme(AUTO, datetime(2026, 1, 1, hour)) is (Theme.NIGHT if night else Theme.LIGHT)


def test_night_by_hand_and_equal_hours_mean_never() -> None:
    assert chosen_theme(AppSettings(theme=Theme.NIGHT), datetime(2026, 1, 1, 12)) is Theme.NIGHT
    assert not is_night(3, 5, 5)
    assert chosen_theme(dataclasses.replace(AUTO, night_auto=False), datetime(2026, 1, 1, 3)) is (
        Theme.LIGHT
    )


def test_the_night_palette_is_dim_with_nothing_white() -> None:
    lightness = [QColor(colour).lightness() for colour in THEME_COLOURS[Theme.NIGHT]]
    assert max(lightness) < 160
    assert lightness[0] < 20, "the window itself is nearly black"


class _Clock:
    """Stands in for datetime in the theme module: the hour the test says."""

    hour = 12

    @classmethod
    def now(cls) -> datetime:
        return datetime(2026, 1, 1, cls.hour)


def test_choosing_night_in_settings_dims_the_whole_app(
    make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # midday whatever the wall clock says: with night_auto on, 22:00-07:00 would stay dark
    # and leave the night palette to the next test
    monkeypatch.setattr(theme, "datetime", _Clock)
    _Clock.hour = 12
    window = make_window()
    window.preferences.open()
    dialog = window.preferences.dialog
    assert dialog is not None
    dialog.theme.setCurrentIndex(dialog.theme.findData(Theme.NIGHT))
    palette = QApplication.palette()
    assert palette.color(QPalette.ColorRole.Window).lightness() < 20
    assert palette.color(QPalette.ColorRole.WindowText).lightness() < 160
    assert palette.color(QPalette.ColorRole.BrightText).lightness() < 160
    assert window.services.settings.store.load().theme is Theme.NIGHT
    dialog.night.auto.setChecked(True)
    assert window.services.settings.store.load().night_auto
    dialog.theme.setCurrentIndex(dialog.theme.findData(Theme.LIGHT))
    dialog.close()


def test_the_relief_page_at_night_opens_in_the_night_theme(
    make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(theme, "datetime", _Clock)
    window = make_window()
    window.services.settings.update(theme=Theme.LIGHT, night_auto=True)
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 200
    _Clock.hour = 3
    window.open_relief()
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 20
    _Clock.hour = 12
    window.services.settings.update(night_auto=False)
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 200


def test_at_night_pictures_and_the_ring_are_drawn_dim(make_window: WindowFactory) -> None:
    window = make_window()
    window.session.start_routine("calf")
    view = window.session.view
    assert night_opacity(view.picture) == 1.0
    window.services.settings.update(theme=Theme.NIGHT)
    QApplication.processEvents()  # the new palette reaches each widget by event
    assert night_opacity(view.picture) == NIGHT_OPACITY == night_opacity(view.ring)
    window.services.settings.update(theme=Theme.LIGHT)
    assert window.session.driver is not None
    window.session.driver.stop()


def test_night_hours_are_on_from_the_first_run() -> None:
    """A first run with nothing set: 3 a.m. is the dim night look, noon is not."""
    first_run = AppSettings()
    assert first_run.night_auto
    assert chosen_theme(first_run, datetime(2026, 1, 1, 3)) is Theme.NIGHT
    assert chosen_theme(first_run, datetime(2026, 1, 1, 21, 59)) is first_run.theme
    assert chosen_theme(first_run, datetime(2026, 1, 1, 22)) is Theme.NIGHT
