"""A routine's own text and pictures are shown as written: no markup, no outside files."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from spasm_stretch.core.engine import Session, SessionSummary
from spasm_stretch.core.loader import load_routine_file
from spasm_stretch.core.model import Routine
from spasm_stretch.core.plan import make_plan
from spasm_stretch.resources import images_dir
from spasm_stretch.ui.session.finished import FinishedView
from spasm_stretch.ui.session.view import SessionView
from spasm_stretch.ui.shell.window import MainWindow
from spasm_stretch.ui.widgets.pictures import picture_pixmap, safe_svg
from tests.helpers.clock import FakeClock

MARKUP = "<img src='/etc/x.png'><a href='http://x'>link</a>"
ROUTINE = f"""\
id: markup
name: "<b>Bold</b> {MARKUP}"
area: calf
summary: "<i>summary</i>"
prepare: 1
steps:
  - name: "<u>Step</u> {MARKUP}"
    instructions:
      - "<h1>Big</h1> &amp; {MARKUP}"
    hold: 5
  - name: Flow
    instructions: [Move.]
    hold: 10
    flow:
      - pose: "<s>Cat</s>"
        cue: Arch
        seconds: 5
      - pose: Cow
        cue: Sink
        seconds: 5
"""


def markup_routine(tmp_path: Path) -> Routine:
    path = tmp_path / "markup.yaml"
    path.write_text(ROUTINE, encoding="utf-8")
    routine = load_routine_file(path).routine
    assert routine is not None
    return routine


def labels_showing(widget: QLabel | SessionView | FinishedView, text: str) -> list[QLabel]:
    return [label for label in widget.findChildren(QLabel) if text in label.text()]


def session_view(qtbot: QtBot, routine: Routine) -> tuple[SessionView, Session, FakeClock]:
    """A session view and a started session of ``routine`` on a fake clock."""
    view = SessionView()
    qtbot.addWidget(view)
    clock = FakeClock()
    session = Session(make_plan(routine), clock)
    session.start()
    return view, session, clock


def assert_plain(view: SessionView, *texts: str) -> None:
    for text in texts:
        shown = labels_showing(view, text)
        assert shown, text
        assert all(label.textFormat() is Qt.TextFormat.PlainText for label in shown)


def test_names_and_instructions_show_their_markup_literally(qtbot: QtBot, tmp_path: Path) -> None:
    """Tags in routine, step and pose names and in instructions appear as typed, in plain text."""
    routine = markup_routine(tmp_path)
    view, session, clock = session_view(qtbot, routine)
    view.show_session(session)
    assert view.step_label.text() == routine.name
    assert view.step_name.text() == f"<u>Step</u> {MARKUP}"
    assert view.instructions.text() == f"\u25b8 1. <h1>Big</h1> &amp; {MARKUP}"
    assert_plain(view, "<b>Bold</b>", "<u>Step</u>", "<h1>Big</h1>")
    flow = next(s for s in session.segments if s.pose is not None)
    while session.offset() < flow.start + 0.1:
        clock.advance(0.5)
        session.poll()
    view.refresh(session.position())
    assert view.phase.text() == "<S>CAT</S>"
    assert_plain(view, "<S>CAT</S>")


def test_the_next_step_is_named_as_written(qtbot: QtBot, tmp_path: Path) -> None:
    """'Next:' shows the following step's name verbatim, not HTML-escaped or rendered."""
    view, session, clock = session_view(qtbot, markup_routine(tmp_path))
    clock.advance(4)
    session.poll()
    view.show_session(session)
    assert view.next_label.text() == "Next: Flow"
    assert view.next_label.textFormat() is Qt.TextFormat.PlainText


def test_the_summary_shows_the_routine_name_as_written(qtbot: QtBot, tmp_path: Path) -> None:
    """The finished page's details are plain text, so a tag in the name is not rendered."""
    routine = markup_routine(tmp_path)
    view = FinishedView()
    qtbot.addWidget(view)
    view.show_summary(routine, SessionSummary(60, 1, 0, 0, 0), finished=True)
    assert view.details.text().startswith(routine.name)
    assert view.details.textFormat() is Qt.TextFormat.PlainText


def test_the_picker_tooltip_shows_the_summary_as_written(
    make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    """The routine card's tooltip escapes the summary instead of rendering it."""
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "markup.yaml").write_text(ROUTINE, encoding="utf-8")
    window = make_window([folder])
    items = [window.picker.list.item(i) for i in range(window.picker.list.count())]
    (item,) = [i for i in items if i.data(Qt.ItemDataRole.UserRole) == "markup"]
    assert "&lt;i&gt;summary&lt;/i&gt;" in item.toolTip()


def red_pixels(image: QImage) -> int:
    return sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y) == QColor("red")
    )


def test_a_picture_cannot_show_an_outside_file(qtbot: QtBot, tmp_path: Path) -> None:
    """An SVG naming a PNG elsewhere draws nothing; Qt alone would draw that PNG."""
    outside = tmp_path / "private.png"
    red = QImage(8, 8, QImage.Format.Format_ARGB32)
    red.fill(QColor("red"))
    red.save(str(outside))
    sneaky = tmp_path / "sneaky.svg"
    sneaky.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8">'
        f'<image href="{outside}" width="8" height="8"/></svg>',
        encoding="utf-8",
    )
    assert safe_svg(sneaky).isEmpty()
    assert red_pixels(picture_pixmap(sneaky, QSize(8, 8)).toImage()) == 0


def test_built_in_pictures_still_render(qtbot: QtBot) -> None:
    """The shipped pictures are self-contained, so they draw."""
    image = picture_pixmap(images_dir() / "calf-wall.svg", QSize(60, 48)).toImage()
    drawn = sum(1 for x in range(60) for y in range(48) if image.pixelColor(x, y).alpha() > 0)
    assert drawn > 100


def test_a_picture_replaced_by_a_fifo_does_not_hang_the_window(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A picture swapped for a named pipe after loading is skipped, not waited on."""
    fifo = tmp_path / "calf.svg"
    os.mkfifo(fifo)
    assert safe_svg(fifo).isEmpty()
