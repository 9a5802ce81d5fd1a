"""Every word on every page stands out from what is behind it: 4.5:1 or more (WCAG AA).

Checked in light, dark and night, with the theme switched while the window is
open and a message bar already showing, as a tester did: a bar that kept the
old theme's background read 1.05:1 in dark. Labels and buttons are judged by
their palette; text a widget paints itself (the countdown ring, the routine
rows, the chart, headers, fields' hints) by what it draws
(tests/helpers/drawn_text.py): the paused countdown read 1.95:1 and the
selected routine's second line 2.6:1 while every label passed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from spasm_stretch.settings.store import Theme
from spasm_stretch.ui.shell.window import MainWindow
from spasm_stretch.ui.widgets import theme as theme_module
from spasm_stretch.ui.widgets.actions import GLYPH
from tests.helpers.clock import FakeClock
from tests.helpers.drawn_text import contrast, drawn_texts, field_edges, indicator_edges
from tests.helpers.pages import visit_pages

WindowFactory = Callable[..., MainWindow]
AA = 4.5
NON_TEXT = 3.0  # what identifies a control: a check box's edge
LOOK = "spasm_look"  # the application property naming the look applied (ui/widgets/theme.py)


@pytest.fixture(autouse=True)
def look_restored(qapp: QApplication) -> Iterator[None]:
    """Put the application's look back: the next test must not start in the night theme."""
    palette, font, look = QPalette(qapp.palette()), QFont(qapp.font()), qapp.property(LOOK)
    yield
    qapp.setPalette(palette)
    qapp.setFont(font)
    qapp.setProperty(LOOK, look)


def test_contrast_measures_like_wcag() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)


def faint_drawn_text(page: QWidget) -> list[str]:
    """Text painted on ``page`` (by any widget, as it reached the screen) under 4.5:1."""
    found = []
    for text in drawn_texts(page):
        ratio = contrast(text.colour, text.background)
        if ratio < AA:
            found.append(
                f"{type(text.widget).__name__} draws {text.text[:40]!r}: {ratio:.2f}:1 "
                f"({text.colour.name()} on {text.background.name()})"
            )
    return found


def faint_indicators(page: QWidget) -> list[str]:
    """Check boxes and radio buttons whose indicator's edge is under 3:1 (WCAG 1.4.11)."""
    return [
        f"{type(button).__name__} {button.text()[:30]!r}: indicator edge {ratio:.2f}:1"
        for button, ratio in indicator_edges(page)
        if ratio < NON_TEXT
    ]


def faint_fields(page: QWidget) -> list[str]:
    """Fields whose edge (or fill) is under 3:1 against the page around them (WCAG 1.4.11)."""
    return [
        f"{type(field).__name__} {field.accessibleName()[:30]!r}: edge {ratio:.2f}:1"
        for field, ratio in field_edges(page)
        if ratio < NON_TEXT
    ]


def background(widget: QWidget) -> QColor:
    """The colour drawn behind ``widget``: the nearest filled ancestor's, or the window's."""
    current: QWidget | None = widget.parentWidget() if isinstance(widget, QLabel) else widget
    while current is not None:
        parent = current.parentWidget()
        viewport = isinstance(parent, QAbstractScrollArea) and parent.viewport() is current
        if current.autoFillBackground() or current.isWindow() or viewport:
            return current.palette().color(current.backgroundRole())
        current = parent
    return widget.palette().color(QPalette.ColorRole.Window)


def low_contrast(root: QWidget) -> list[str]:
    """Visible, enabled text whose colour is less than 4.5:1 against its background."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or not widget.isEnabled():
            continue
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            fore = widget.palette().color(widget.foregroundRole())
            back = (
                widget.palette().color(widget.backgroundRole())
                if widget.autoFillBackground()
                else background(widget)
            )
        elif isinstance(widget, QPushButton) and widget.text() and not widget.isFlat():
            fore = widget.palette().color(QPalette.ColorRole.ButtonText)
            back = widget.palette().color(QPalette.ColorRole.Button)
        elif isinstance(widget, QAbstractButton) and widget.text():
            fore = widget.palette().color(QPalette.ColorRole.WindowText)
            back = background(widget)
        else:
            continue
        ratio = contrast(fore, back)
        if ratio < AA:
            words = widget.text()[:40]
            found.append(f"{type(widget).__name__} {words!r}: {ratio:.2f}:1")
    return found


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK, Theme.NIGHT], ids=lambda t: t.value)
@pytest.mark.parametrize(
    ("language", "start", "scale"),
    [
        ("en", Theme.LIGHT, 100),
        ("en", Theme.DARK, 200),
        ("de", Theme.LIGHT, 200),
        ("de", Theme.DARK, 100),
    ],
    ids=lambda v: f"from-{v.value}" if isinstance(v, Theme) else str(v),
    indirect=["language"],
)
def test_all_text_reads_at_4_5_to_1_after_switching_theme_at_run_time(  # noqa: PLR0917
    language: str,  # first: set up before the window, torn down after it is closed
    qtbot: QtBot,
    make_window: WindowFactory,
    clock: FakeClock,
    long_routine: Path,
    theme: Theme,
    start: Theme,
    scale: int,
) -> None:
    del qtbot, language
    window = make_window([long_routine])
    window.services.settings.update(theme=start)
    assert window.show_disclaimer_if_first_run() is not None
    window.services.settings.update(theme=theme, text_scale=scale)
    QApplication.processEvents()
    glyphs = [a for a in window.actions() if a.property(GLYPH)]
    for action in glyphs:
        image = action.icon().pixmap(16, 16).toImage()
        drawn = [
            image.pixelColor(x, y) for x in range(16) for y in range(16)
            if image.pixelColor(x, y).alpha() > 200
        ]  # fmt: skip
        assert drawn, action.text()
        assert contrast(drawn[0], window.palette().color(QPalette.ColorRole.Window)) >= AA, (
            f"toolbar glyph {action.text()!r} after switching to {theme.value}"
        )
    found: list[str] = []
    for name, widget in visit_pages(window, clock):
        QApplication.processEvents()
        found += [f"{name}: {problem}" for problem in low_contrast(widget)]
        found += [f"{name}: {problem}" for problem in faint_drawn_text(widget)]
        found += [f"{name}: {problem}" for problem in faint_indicators(widget)]
        found += [f"{name}: {problem}" for problem in faint_fields(widget)]
    assert sorted(set(found)) == [], "\n".join(sorted(set(found)))


@pytest.mark.parametrize("scheme", [Qt.ColorScheme.Light, Qt.ColorScheme.Dark])
@pytest.mark.parametrize(("language", "scale"), [("en", 100), ("de", 200)], indirect=["language"])
def test_following_the_system_a_desktop_high_contrast_wish_gets_black_and_white(  # noqa: PLR0917
    language: str,  # first: set up before the window, torn down after it is closed
    qapp: QApplication,
    make_window: WindowFactory,
    clock: FakeClock,
    long_routine: Path,
    monkeypatch: pytest.MonkeyPatch,
    scheme: Qt.ColorScheme,
    scale: int,
) -> None:
    """Qt 6.10+ reports the desktop's contrast setting; 'Follow system' then means 21:1."""
    del language
    monkeypatch.setattr(theme_module, "desktop_wants_high_contrast", lambda _app: True)
    monkeypatch.setattr(type(qapp.styleHints()), "colorScheme", lambda _hints: scheme)
    window = make_window([long_routine])
    window.services.settings.update(theme=Theme.SYSTEM, text_scale=scale)
    theme_module.apply_theme(qapp, Theme.SYSTEM, scale)
    QApplication.processEvents()
    palette = qapp.palette()
    role = QPalette.ColorRole
    ratio = contrast(palette.color(role.WindowText), palette.color(role.Window))
    assert ratio == pytest.approx(21.0)
    assert (palette.color(role.Window).lightness() < 128) == (scheme is Qt.ColorScheme.Dark)
    found: list[str] = []
    for name, widget in visit_pages(window, clock):
        QApplication.processEvents()
        found += [f"{name}: {problem}" for problem in low_contrast(widget)]
        found += [f"{name}: {problem}" for problem in faint_drawn_text(widget)]
        found += [f"{name}: {problem}" for problem in faint_indicators(widget)]
        found += [f"{name}: {problem}" for problem in faint_fields(widget)]
    assert found == [], "\n".join(found)


def test_without_a_desktop_wish_follow_system_keeps_the_platform_palette(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(theme_module, "desktop_wants_high_contrast", lambda _app: False)
    theme_module.apply_theme(qapp, Theme.SYSTEM, 100)
    assert qapp.palette().color(QPalette.ColorRole.Window) == (
        qapp.style().standardPalette().color(QPalette.ColorRole.Window)
    )
    assert qapp.property(LOOK) == "system/100"
