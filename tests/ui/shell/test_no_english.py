"""In German, French or Spanish, no page a person opens shows English interface words.

Every page and state the layout test visits is read widget by widget (labels,
buttons, tabs, choices, placeholders, tooltips, accessible names, the ring's
words, the menus) and searched for words that exist only in English. The log
shown holds cramps written in English before: those read in the language too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTextEdit,
    QWidget,
)

from spasm_stretch.log.store import LogStore, now
from spasm_stretch.ui.session.ring import CountdownRing
from spasm_stretch.ui.shell.window import MainWindow
from spasm_stretch.ui.widgets.wrap_check import WrapCheckBox
from tests.helpers.clock import FakeClock
from tests.helpers.log import log_cramp, log_run
from tests.helpers.pages import visit_pages

WindowFactory = Callable[..., MainWindow]

# Words a person reads in this app's English that are not words of German, French or Spanish.
ENGLISH_ONLY = frozenset(
    [
        "the",
        "and",
        "your",
        "you",
        "with",
        "this",
        "that",
        "from",
        "when",
        "what",
        "how",
        "which",
        "while",
        "still",
        "after",
        "before",
        "cramp",
        "cramps",
        "stretch",
        "stretches",
        "stretching",
        "hold",
        "relax",
        "left",
        "right",
        "leg",
        "legs",
        "settings",
        "history",
        "seconds",
        "choose",
        "close",
        "help",
        "about",
        "sound",
        "next",
        "done",
        "finished",
        "again",
        "doctor",
        "week",
        "weeks",
        "today",
        "yesterday",
        "night",
        "back",
        "thigh",
        "foot",
        "calf",
        "neck",
        "breathe",
        "slowly",
        "gently",
        "easing",
        "log",
        "logged",
        "stop",
        "resume",
        "quit",
        "reminders",
        "reminder",
        "language",
        "mute",
        "unmute",
        "keys",
        "key",
        "tick",
        "nothing",
        "yet",
        "time",
        "times",
        "days",
    ]
)
_TAG = re.compile(r"<[^>]+>|&\w+;")
_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")


def english_words(text: str) -> list[str]:
    """The English-only words in ``text`` (markup and access-key ampersands left out)."""
    plain = _TAG.sub(" ", text).replace("&", "").replace("spasm-stretch", "")
    return [word for word in _WORD.findall(plain) if word.lower() in ENGLISH_ONLY]


def _actions(actions: list[QAction]) -> Iterator[str]:
    for action in actions:
        yield action.text()
        yield action.toolTip()
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield from _actions(menu.actions())


def _cells(model: QAbstractItemModel) -> Iterator[str]:
    """The words of a list or table's first rows and its headers."""
    top = QModelIndex()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(top)
    for column in range(columns):
        yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        for row in range(min(model.rowCount(top), 20)):
            yield str(model.data(model.index(row, column)) or "")


def shown_texts(top: QWidget) -> Iterator[str]:
    """Every piece of interface text ``top`` shows or tells a screen reader now."""
    yield top.windowTitle()
    for widget in (top, *top.findChildren(QWidget)):
        if widget is not top and not widget.isVisibleTo(top):
            continue
        yield widget.toolTip()
        yield widget.accessibleName()
        yield widget.accessibleDescription()
        if isinstance(widget, WrapCheckBox):
            yield widget.full_text()
        elif isinstance(widget, (QLabel, QAbstractButton)):
            yield widget.text()
        elif isinstance(widget, QGroupBox):
            yield widget.title()
        elif isinstance(widget, QTabBar):
            yield from (widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QComboBox):
            yield from (widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QLineEdit):
            yield widget.placeholderText()
        elif isinstance(widget, QTextEdit):
            yield widget.toPlainText()
        elif isinstance(widget, CountdownRing):
            yield from (part.text for part in widget.texts())
        elif isinstance(widget, QAbstractItemView) and (model := widget.model()) is not None:
            yield from _cells(model)
    yield from _actions(top.actions())


@pytest.mark.parametrize("language", ["de", "fr", "es"], indirect=True)
def test_no_page_shows_english(
    language: str,  # first: set up before the window, torn down after it is closed
    make_window: WindowFactory,
    clock: FakeClock,
    long_routine: Path,
    tmp_path: Path,
) -> None:
    history = LogStore(tmp_path / "history.db")
    today = now()
    log_cramp(history, today - timedelta(days=1), 12, "Calf or foot", helped=("Stretching",))
    log_run(history, "calf", "Calf stretch", today - timedelta(days=1), today, finished=True)
    window = make_window([long_routine], history=history)
    found: dict[str, set[str]] = {}
    for name, widget in visit_pages(window, clock):
        texts = [*shown_texts(widget), *(_actions(window.menuBar().actions()))]
        for text in texts:
            words = english_words(text)
            if words and "long names" not in name:  # that routine is the test's own, English
                found.setdefault(f"{name}: {text[:70]!r}", set()).update(words)
    assert found == {}, "\n".join(f"{where}: {sorted(words)}" for where, words in found.items())
