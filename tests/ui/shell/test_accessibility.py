"""Every focusable control on every page has a name a screen reader can say."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from spasm_stretch.core.plan import SegmentKind
from spasm_stretch.log.store import LogStore, now
from spasm_stretch.ui.shell.window import MainWindow
from spasm_stretch.ui.widgets.announce import SPOKEN_AS_SENTENCE
from tests.helpers.clock import FakeClock
from tests.helpers.log import log_cramp
from tests.helpers.pages import run_until, segment_kind_is, visit_pages

WindowFactory = Callable[..., MainWindow]


def spoken_name(widget: QWidget) -> str:
    """The name assistive technology reads for ``widget`` (its own, its text or its label)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed_controls(root: QWidget) -> list[str]:
    """Visible, enabled, focusable widgets under ``root`` with no spoken name."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        focusable = widget.focusPolicy() is not Qt.FocusPolicy.NoFocus
        if focusable and widget.isVisible() and widget.isEnabled() and not spoken_name(widget):
            found.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return found


def test_every_focusable_control_has_a_name(
    qtbot: QtBot,
    make_window: WindowFactory,
    clock: FakeClock,
    long_routine: Path,
    tmp_path: Path,
) -> None:
    history = LogStore(tmp_path / "history.db")
    log_cramp(history, now() - timedelta(days=1), 12, "Calf or foot", helped=("Stretching",))
    window = make_window([long_routine], history=history)
    found: list[str] = []
    for name, widget in visit_pages(window, clock):
        QApplication.processEvents()
        found += [f"{name}: {control}" for control in unnamed_controls(widget)]
    assert sorted(set(found)) == [], "\n".join(sorted(set(found)))


def _plain(text: str, rich: bool) -> str:
    if rich:
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.replace("\u25c0", "").replace("\u25b6", "").split())  # arrows: pictures


def _visible_text(widget: QLabel | QAbstractButton) -> str:
    text = widget.text()
    rich = isinstance(widget, QLabel) and (
        widget.textFormat() is Qt.TextFormat.RichText
        or (widget.textFormat() is Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text))
    )
    return _plain(text, rich)


def _labelled_combos(root: QWidget) -> set[int]:
    return {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}


def hidden_words(root: QWidget) -> list[str]:
    """Labels read as something other than their text, buttons without their words, bare combos."""
    found = []
    buddies = _labelled_combos(root)
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if widget.property(SPOKEN_AS_SENTENCE):
            continue
        if isinstance(widget, QLabel) and widget.pixmap().isNull() and widget.text():
            shown, spoken = _visible_text(widget), _plain(spoken_name(widget), rich=False)
            if shown and spoken != shown:
                found.append(f"label {shown[:40]!r} is read as {spoken[:40]!r}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            shown = _visible_text(widget)
            if shown.casefold() not in _plain(spoken_name(widget), rich=False).casefold():
                found.append(f"button {shown!r} is read as {spoken_name(widget)!r}")
        elif (
            isinstance(widget, QComboBox)
            and not widget.accessibleName()
            and id(widget) not in buddies
        ):
            found.append(f"combo {widget.currentText()!r} has no label")
    return found


def test_screen_readers_get_the_words_on_screen(
    qtbot: QtBot, make_window: WindowFactory, clock: FakeClock, long_routine: Path, tmp_path: Path
) -> None:
    """Walk every page through QAccessible: text is read as text, buttons by their words."""
    history = LogStore(tmp_path / "history.db")
    log_cramp(history, now() - timedelta(days=1), 12, "Calf or foot", helped=("Stretching",))
    window = make_window([long_routine], history=history)
    window.messages.post("first-run", "Not medical advice: a first-run notice.")
    found: list[str] = []
    for name, widget in visit_pages(window, clock):
        QApplication.processEvents()
        found += [f"{name}: {problem}" for problem in hidden_words(widget)]
    assert sorted(set(found)) == [], "\n".join(sorted(set(found)))


def test_routine_rows_read_as_sentences(make_window: WindowFactory) -> None:
    """Not "Calf middle dot 1 step middle dot 1:00": the row's words, said as a sentence."""
    window = make_window()
    picker = window.picker.list
    row = next(
        picker.item(i)
        for i in range(picker.count())
        if picker.item(i).text().startswith("Calf stretch\n")
    )
    spoken = row.data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("Calf stretch: ")
    assert "\u00b7" not in spoken and "1 step" in spoken and "min" in spoken
    interface = QAccessible.queryAccessibleInterface(picker)
    assert interface is not None
    names = [
        interface.child(i).text(QAccessible.Text.Name)
        for i in range(interface.childCount())
        if interface.child(i) is not None
    ]
    assert spoken in names


def test_the_ring_reads_as_a_sentence(make_window: WindowFactory, clock: FakeClock) -> None:
    window = make_window()
    window.session.start_routine("calf")
    run_until(window, clock, segment_kind_is(window, SegmentKind.HOLD))
    ring = window.session.view.ring
    assert ring.accessibleDescription() == f"{ring.seconds_shown()} seconds left"
    assert window.session.driver is not None
    window.session.driver.stop()
