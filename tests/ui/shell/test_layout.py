"""Every page at 800x600 with text at 100, 130 and 200 %, light and dark: nothing clipped.

In English, German, French and Spanish (the others at 100 and 200 % only, to keep
the suite quick): a translation is often longer than the English it replaces.

Walks the visible labels, buttons and check boxes of each page and state
(picker; a session preparing, holding a side, switching, flowing, relaxing
and paused; the summary; the relief page, its tabs and questions; the log
and its tabs; settings; about) and fails on text that does not fit its
widget, a widget sticking out of its parent, or siblings drawn over each other.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QToolBar, QWidget
from pytestqt.qtbot import QtBot

from spasm_stretch.core.engine import SessionState
from spasm_stretch.core.plan import SegmentKind
from spasm_stretch.log.store import LogStore, now
from spasm_stretch.settings.store import Theme
from spasm_stretch.ui.shell.window import MainWindow
from spasm_stretch.ui.widgets.theme import apply_look
from tests.helpers.clock import FakeClock
from tests.helpers.layout import layout_problems
from tests.helpers.log import log_cramp, log_open_cramp, log_run
from tests.helpers.pages import run_until, segment_kind_is, visit_pages

WindowFactory = Callable[..., MainWindow]
SCREEN = (800, 600)


def _toolbar_hidden(window: MainWindow) -> list[str]:
    """Toolbar actions pushed behind the overflow button (Mute must stay in reach)."""
    hidden = []
    for toolbar in window.findChildren(QToolBar):
        for action in toolbar.actions():
            button = toolbar.widgetForAction(action)
            if action.isVisible() and button is not None and not button.isVisible():
                hidden.append(action.text().replace("&", ""))
    return hidden


def _settle(qtbot: QtBot, widget: QWidget) -> None:
    QApplication.processEvents()
    widget.updateGeometry()
    QApplication.processEvents()
    del qtbot


@pytest.mark.parametrize(
    ("language", "theme", "scale"),
    [("en", theme, scale) for theme in (Theme.LIGHT, Theme.DARK) for scale in (100, 130, 200)]
    + [  # the longer languages where room is short: plain, and large text in both themes
        (language, theme, scale)
        for language in ("de", "fr", "es")
        for theme, scale in ((Theme.LIGHT, 100), (Theme.LIGHT, 200), (Theme.DARK, 200))
    ],
    ids=lambda value: value.value if isinstance(value, Theme) else str(value),
    indirect=["language"],
)
def test_every_page_fits_800x600(  # noqa: PLR0917 - fixtures and parameters
    language: str,  # first: set up before the window, torn down after it is closed
    qtbot: QtBot,
    make_window: WindowFactory,
    clock: FakeClock,
    long_routine: Path,
    tmp_path: Path,
    theme: Theme,
    scale: int,
) -> None:
    del language
    history = LogStore(tmp_path / "history.db")
    today = now()
    log_cramp(history, today - timedelta(days=1), 12, "Calf or foot", helped=("Stretching",))
    log_run(history, "calf", "Calf stretch", today - timedelta(days=1), today, finished=True)
    window = make_window([long_routine], history=history)
    window.services.settings.update(theme=theme, text_scale=scale)
    window.resize(*SCREEN)
    found: list[str] = []
    for name, widget in visit_pages(window, clock):
        _settle(qtbot, widget)
        if widget.width() > SCREEN[0] or widget.height() > SCREEN[1]:
            found.append(f"{name}: {widget.width()}x{widget.height()} is larger than the screen")
            widget.resize(min(widget.width(), SCREEN[0]), min(widget.height(), SCREEN[1]))
            _settle(qtbot, widget)  # as a window manager keeps a window on the screen
        if widget is window:
            found += [f"{name}: toolbar hides {a}" for a in _toolbar_hidden(window)]
        found += [f"{name}: {problem}" for problem in layout_problems(widget)]
    assert (
        window.session.driver is None
        or window.session.driver.session.state is not SessionState.RUNNING
    )
    assert found == [], "\n".join(found)


def _title_size(window: MainWindow) -> float:
    titles = [w for w in window.picker.findChildren(QLabel) if w.text() == "Choose a routine"]
    return titles[0].font().pointSizeF()


def test_text_size_applies_from_the_same_base_every_time(make_window: WindowFactory) -> None:
    """200 -> 130 -> 100 % leaves headings as a fresh start at 100 % has them."""
    window = make_window()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_look(app, window.services.settings.value)  # as the app does at start
    fresh = _title_size(window)
    for scale in (200, 130, 100):
        window.services.settings.update(text_scale=scale)
        if scale == 200:
            assert _title_size(window) == pytest.approx(2 * fresh)
    assert _title_size(window) == pytest.approx(fresh)


@pytest.mark.parametrize("scale", [100, 200])
def test_the_highlighted_instruction_is_scrolled_into_view(
    make_window: WindowFactory, clock: FakeClock, long_routine: Path, scale: int
) -> None:
    """Twelve long sentences scroll; the one to follow now is on screen, from its start.

    At 200 % on a small window that sentence may be taller than the room.
    """
    window = make_window([long_routine])
    window.services.settings.update(text_scale=scale)
    window.resize(*SCREEN)
    window.session.start_routine("long-words")
    run_until(window, clock, segment_kind_is(window, SegmentKind.HOLD))
    QApplication.processEvents()
    instructions = window.session.view.instructions
    current = instructions.current_label()
    assert current is not None and current.text().startswith("\u25b8 12.")
    assert instructions.verticalScrollBar().maximum() > 0
    top = current.mapTo(instructions.viewport(), current.rect().topLeft())
    assert 0 <= top.y() < instructions.viewport().height()
    assert window.session.driver is not None
    window.session.driver.stop()
    window.services.settings.update(text_scale=100)


def test_a_step_without_a_picture_does_not_show_the_last_one(
    make_window: WindowFactory, long_routine: Path
) -> None:
    window = make_window([long_routine])
    window.session.start_routine("calf")
    assert window.session.view.picture.isVisibleTo(window)
    window.session.start_routine("long-words")  # no picture in its only step
    assert not window.session.view.picture.isVisibleTo(window)
    assert window.session.driver is not None
    window.session.driver.stop()


def test_one_up_in_get_into_position_is_not_zero_seconds(make_window: WindowFactory) -> None:
    window = make_window()
    window.preferences.open()
    dialog = window.preferences.dialog
    assert dialog is not None and dialog.prepare.text() == "As the routine says"
    dialog.prepare.stepUp()
    assert dialog.settings().prepare == 5.0
    dialog.close()


def test_the_title_says_paused_first(make_window: WindowFactory) -> None:
    window = make_window()
    window.session.start_routine("calf")
    assert window.session.driver is not None
    window.session.driver.pause()
    assert window.windowTitle().startswith("Paused")
    window.session.driver.stop()


@pytest.mark.parametrize("language", ["en", "de"], indirect=True)
def test_the_area_filter_shows_its_choices_whole_at_200_percent(
    language: str, qtbot: QtBot, make_window: WindowFactory
) -> None:
    """'Alle Bereiche' is wider than 'All areas': the search field gives way, not the filter."""
    del language
    window = make_window()
    window.services.settings.update(text_scale=200)
    window.resize(*SCREEN)
    _settle(qtbot, window)
    area = window.picker.area
    assert area.width() >= area.sizeHint().width(), area.currentText()
    window.services.settings.update(text_scale=100)


@pytest.mark.parametrize("language", ["en", "de"], indirect=True)
def test_the_first_run_notice_at_200_percent_leaves_the_routine_list_whole(
    language: str,  # first: set up before the window, torn down after it is closed
    make_window: WindowFactory,
) -> None:
    """The tester's case at 960x680: the notice took ~280 px and squeezed 'Cramp right now?'.

    The bars now scroll within the room the page can spare; the notice's Dismiss
    button and first lines stay in view.
    """
    del language
    window = make_window()
    window.services.settings.update(text_scale=200)
    window.resize(960, 680)
    bar = window.show_disclaimer_if_first_run()
    assert bar is not None
    _settle_fully(window)
    assert layout_problems(window) == []
    assert (
        bar.height() > 2 * bar.label.fontMetrics().height()
        or bar.visibleRegion().isEmpty() is False
    )
    assert window.messages.height() <= 680 // 4


def _settle_fully(widget: QWidget) -> None:
    """Let posted layout work run until nothing moves (as the event loop does in a frame).

    The bars re-fit after the page under them has laid itself out: a few rounds.
    """
    before: list[QRect] = []
    still = 0
    for _ in range(20):
        QApplication.processEvents()
        now_ = [w.geometry() for w in widget.findChildren(QWidget) if w.isVisible()]
        still = still + 1 if now_ == before else 0
        if still == 3:  # a zero timer may still be due after one quiet round
            return
        before = now_


@pytest.mark.parametrize(
    ("language", "theme"),
    [
        (language, theme)
        for language in ("en", "de")
        for theme in (Theme.LIGHT, Theme.DARK, Theme.NIGHT)
    ],
    ids=lambda value: value.value if isinstance(value, Theme) else str(value),
    indirect=["language"],
)
@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("size", [(960, 680), (800, 600)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_page_under_the_first_run_notice_clips_nothing(  # noqa: PLR0917 - fixtures and parameters
    language: str,  # first: set up before the window, torn down after it is closed
    make_window: WindowFactory,
    clock: FakeClock,
    long_routine: Path,
    theme: Theme,
    scale: int,
    size: tuple[int, int],
) -> None:
    """The notice keeps at least its first line and Dismiss; every page keeps what it needs.

    At 200 % on 800x600 a session page needs all but one line of the window, so
    the notice scrolls within that line instead of squeezing 'Hold' or 'PAUSED'.
    """
    del language
    window = make_window([long_routine])
    window.services.settings.update(theme=theme, text_scale=scale)
    window.resize(*size)
    bar = window.show_disclaimer_if_first_run()
    assert bar is not None
    found: list[str] = []
    for name, widget in visit_pages(window, clock):
        _settle_fully(widget)
        found += [f"{name}: {problem}" for problem in layout_problems(widget)]
        shown = not bar.isHidden() and window.messages.height() >= bar.label.fontMetrics().height()
        if widget is window and not shown:
            found.append(f"{name}: the notice is not in view")
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("language", ["en", "de"], indirect=True)
def test_column_titles_stay_whole_when_the_text_grows_with_history_open(
    language: str,  # first: set up before the window, torn down after it is closed
    qtbot: QtBot,
    make_window: WindowFactory,
) -> None:
    """The tester's "Whe..." for "When": the columns were fitted once, at the old size."""
    del language
    window = make_window()
    window.resize(960, 680)
    window.open_history()
    tabs, episodes = window.log.view.tabs, window.log.view.episodes
    tabs.setCurrentIndex(
        next(i for i in range(tabs.count()) if (tabs.widget(i) or window).isAncestorOf(episodes))
    )
    _settle(qtbot, window)
    window.services.settings.update(text_scale=200)
    _settle(qtbot, window)
    header = episodes.header()
    assert header.isVisible()
    titles = [p for p in layout_problems(window) if "column title" in p]
    assert titles == []
    first = header.sectionSize(0)
    window.services.settings.update(text_scale=100)
    _settle(qtbot, window)
    assert header.sectionSize(0) < first  # and back: no 200 % widths left behind


@pytest.mark.parametrize("language", ["en", "de"], indirect=True)
@pytest.mark.parametrize("size", [(960, 680), (800, 600)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_unfolded_notice_at_200_percent_leaves_the_cramp_buttons_their_height(
    language: str,  # first: set up before the window, torn down after it is closed
    make_window: WindowFactory,
    clock: FakeClock,
    long_routine: Path,
    size: tuple[int, int],
) -> None:
    """The tester's case: 'When to see a doctor' opened, the area buttons shrank to 41 px.

    They had a fixed 36 px minimum, which a short page may squeeze them to; the
    notice scrolls in what the page can spare instead, on every page.
    """
    del language
    window = make_window([long_routine])
    window.services.settings.update(text_scale=200)
    window.resize(*size)
    bar = window.show_disclaimer_if_first_run()
    assert bar is not None
    unfold = bar.findChild(QPushButton, "fold")
    assert unfold is not None
    unfold.click()
    found: list[str] = []
    for name, widget in visit_pages(window, clock):
        _settle_fully(widget)
        found += [f"{name}: {problem}" for problem in layout_problems(widget)]
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("language", ["en", "de"], indirect=True)
@pytest.mark.parametrize("size", [(800, 600), (960, 680)], ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("notice", [False, True], ids=["seen", "first-run"])
def test_the_question_about_a_cramp_with_no_end_fits_at_200_percent(
    language: str,  # first: set up before the window, torn down after it is closed
    make_window: WindowFactory,
    tmp_path: Path,
    size: tuple[int, int],
    notice: bool,
) -> None:
    """The next start's "…has no end in the log" bar: its words and all six answers whole.

    Left by a cramp the app was closed (or killed) on; at 800x600 and 200 %
    "Dismiss" was cut off and the answers showed as a slice.
    """
    del language
    history = LogStore(tmp_path / "history.db")
    log_open_cramp(history, now() - timedelta(hours=3), "Calf or foot")
    window = make_window(history=history)
    window.services.settings.update(text_scale=200)
    window.resize(*size)
    if notice:
        assert window.show_disclaimer_if_first_run() is not None
    window.show()
    bar = window.messages.showing("ask-end")
    assert bar is not None
    _settle_fully(window)
    assert layout_problems(window) == []
