"""The session screen: what to do now, for how long, and what comes next.

Everything shown is recomputed from the session's position on each update,
so the screen cannot drift from the engine's timeline.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from spasm_stretch.core.cue_words import side_words
from spasm_stretch.core.engine import Position, Session, SessionState, describe
from spasm_stretch.core.model import Side
from spasm_stretch.core.plan import Segment, SegmentKind, format_duration, format_left
from spasm_stretch.i18n.text import Text
from spasm_stretch.ui.session.ring import CountdownRing
from spasm_stretch.ui.widgets.announce import announce
from spasm_stretch.ui.widgets.fit_label import FitLabel
from spasm_stretch.ui.widgets.fonts import relative_font
from spasm_stretch.ui.widgets.pictures import PictureView
from spasm_stretch.ui.widgets.plain_bar import PlainBar


class SessionScreenText(Text):
    """Words of the session screen drawn by its module's functions: phases and what is next."""


def phase_word(kind: SegmentKind) -> str:
    """The phase's name, large under the step's name (a flow shows its pose instead)."""
    words = {
        SegmentKind.PREPARE: SessionScreenText.tr("Get into position"),
        SegmentKind.HOLD: SessionScreenText.tr("Hold"),
        SegmentKind.SWITCH: SessionScreenText.tr("Switch sides"),
        SegmentKind.REST: SessionScreenText.tr("Relax"),
    }
    return words.get(kind, "")


def state_word(state: SessionState) -> str:
    """A session's state as the progress line shows it when it is not running."""
    words = {
        SessionState.READY: SessionScreenText.tr("ready"),
        SessionState.PAUSED: SessionScreenText.tr("paused"),
        SessionState.FINISHED: SessionScreenText.tr("finished"),
        SessionState.STOPPED: SessionScreenText.tr("stopped"),
    }
    return words.get(state, state.value)


PHASE_COLOURS = {
    SegmentKind.PREPARE: QColor("#e9a23b"),
    SegmentKind.HOLD: QColor("#2a9d8f"),
    SegmentKind.FLOW: QColor("#2a9d8f"),
    SegmentKind.SWITCH: QColor("#5c7aa6"),
    SegmentKind.REST: QColor("#7d8b89"),
}
FLASH_SECONDS = 1.0
PHASE_SIZE = 2.2  # the phase word and the side, against the text size
PICTURE_LEAST = 96  # pixels high: below this a stretch's drawing shows nothing useful
INSTRUCTION_LINES = 3  # lines of instructions always in view (more scroll)


def _plain(label: QLabel) -> QLabel:
    """Show text as written: a routine's names are its author's, never markup."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _big(label: QLabel, scale: float, *, bold: bool = True) -> QLabel:
    relative_font(label, scale, bold=bold)
    return label


class InstructionList(QScrollArea):
    """A step's numbered sentences, one plain-text label each, the current one in bold.

    Plain labels rather than one rich-text list, so that whatever a routine's
    author wrote is shown as written and never read as markup. Long lists
    scroll, and the highlighted sentence is always scrolled into view.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Instructions"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys belong to the session
        self._fit_to_text()
        inner = self._inner = QWidget()
        self._layout = QVBoxLayout(inner)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self._layout.addStretch(1)
        self.setWidget(inner)
        inner.installEventFilter(self)
        self._labels: list[QLabel] = []
        self._shown: tuple[tuple[str, ...], int | None] = ((), None)

    def show_sentences(self, sentences: tuple[str, ...], current: int | None) -> None:
        """Show ``sentences``, highlighting the one at index ``current`` (if any)."""
        if (sentences, current) == self._shown:
            return
        self._shown = (sentences, current)
        while len(self._labels) < len(sentences):
            label = _plain(QLabel())
            label.setWordWrap(True)
            self._layout.insertWidget(len(self._labels), label)
            self._labels.append(label)
        for index, label in enumerate(self._labels):
            label.setVisible(index < len(sentences))
            if index < len(sentences):
                marker = "\u25b8 " if index == current else ""
                label.setText(f"{marker}{index + 1}. {sentences[index]}")
                font = label.font()
                font.setBold(index == current)
                label.setFont(font)
        self._keep_current_in_view()

    def _fit_to_text(self) -> None:
        """Never shorter than ``INSTRUCTION_LINES`` lines of the text size shown.

        A fixed 48 px showed one and a half lines at 200 %.
        """
        lines = self.fontMetrics().height() * INSTRUCTION_LINES
        self.setMinimumHeight(lines + 2 * self.frameWidth() + 2)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """A new text size: a new least height."""
        super().changeEvent(event)
        if event.type() is QEvent.Type.FontChange:
            self._fit_to_text()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Taller or shorter (the page's room changed): the current sentence in view again."""
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._keep_current_in_view)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Sentences re-wrapped (new width, new text size): scroll to the current one again."""
        if watched is self._inner and event.type() is QEvent.Type.Resize:
            QTimer.singleShot(0, self, self._keep_current_in_view)  # after the bar's new range
        return super().eventFilter(watched, event)

    def _keep_current_in_view(self) -> None:
        label = self.current_label()
        if label is None:
            return
        self.ensureWidgetVisible(label, 0, 4)
        if label.height() > self.viewport().height():  # taller than the room: its start
            self.verticalScrollBar().setValue(label.y())

    def current_label(self) -> QLabel | None:
        """The highlighted sentence's label, if one is highlighted."""
        current = self._shown[1]
        return (
            self._labels[current] if current is not None and current < len(self._labels) else None
        )

    def text(self) -> str:
        """Every sentence shown, one per line, as a reader (or a test) sees them."""
        return "\n".join(label.text() for label in self._labels if not label.isHidden())


class SessionView(QWidget):
    """Shows the running session; the main window feeds it positions and messages.

    Signals:
        announced(str): what was just told to screen readers (hold, side, relax, paused...).

    The ring has a column of its own, so larger text never makes it smaller;
    everything else (names, phase, side, picture, instructions) shares the
    other column and shrinks, wraps or scrolls instead. Where even that column
    is short (800x600 at 200 %, a notice above), the picture moves under the
    ring, or steps aside, rather than shrink below ``PICTURE_LEAST``: it was
    drawn 24 px high, and the instructions, which carry the same guidance in
    words, were left one and a half lines.
    """

    announced = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._spoken = ""
        self.step_label = FitLabel(1.0, bold=False)
        self.overall = FitLabel(1.0, bold=False)
        self.overall.setAccessibleDescription(self.tr("Routine progress"))
        self.step_name = FitLabel(1.6)
        self.phase = FitLabel(PHASE_SIZE)
        self.phase.setAccessibleDescription(self.tr("What to do now"))
        self.side = FitLabel(PHASE_SIZE)
        self.side.setAccessibleDescription(self.tr("Side"))
        self.rep = QLabel()
        self.ring = CountdownRing()
        self.picture = PictureView()
        self.picture.setAccessibleName(self.tr("Illustration of the stretch"))
        self.picture.setMinimumSize(96, PICTURE_LEAST)  # or moved, or hidden: _fit_picture
        self.instructions = InstructionList()
        self.next_label = FitLabel(1.0, bold=False)
        self.next_label.setAccessibleDescription(self.tr("Coming next"))
        self.banner = _big(_plain(QLabel()), 1.1)
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setWordWrap(True)
        self.banner.setAccessibleDescription(self.tr("Session status"))
        self.progress = PlainBar()
        self.progress.setRange(0, 100)  # percent
        self.progress.setMaximumHeight(10)
        self.progress.setAccessibleName(self.tr("Routine progress"))
        for ticking in (self.overall, self.progress):  # change each second: opaque, so the
            ticking.setAutoFillBackground(True)  # page and the window are not repainted under them

        status = QHBoxLayout()
        status.addWidget(self.side, 1)
        status.addWidget(self.rep)
        left = QVBoxLayout()
        left.setSpacing(4)
        for widget in (self.step_label, self.overall, self.step_name, self.phase):
            left.addWidget(widget)
        left.addLayout(status)
        left.addWidget(self.banner)
        self._left = left
        left.addWidget(self.picture, 3)
        left.addWidget(self.instructions, 2)
        left.addWidget(self.next_label)
        right = self._right = QVBoxLayout()
        right.setSpacing(4)
        right.addWidget(self.ring, 2)
        body = QGridLayout()
        body.addLayout(left, 0, 0)
        body.addLayout(right, 0, 1)
        body.setColumnStretch(0, 5)
        body.setColumnStretch(1, 4)
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        layout.addWidget(self.progress)
        layout.addLayout(body, 1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Stretching session"))
        self._flash_until = -1.0
        self._flash_word = ""
        self._session: Session | None = None
        self.set_message("")

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """A new size: room for the picture, or not."""
        super().resizeEvent(event)
        self._fit_picture()

    def event(self, event: QEvent) -> bool:
        """A line that wraps, a banner or a picture that comes: room for the picture, or not."""
        handled = super().event(event)
        if event.type() is QEvent.Type.LayoutRequest:
            self._fit_picture()
        return handled

    def _fit_picture(self) -> None:
        """Where the picture goes, and whether the routine's name stays, for the room there is.

        Beside the instructions when the column has room for it at
        ``PICTURE_LEAST``; else under the ring, whose column has room to spare
        (the ring keeps its least size); else nowhere. If the column is still
        short, the routine's name steps aside (the window's title carries it).
        """
        layout, left = self.layout(), self._left
        assert layout is not None
        margins = layout.contentsMargins()
        room = self.height() - margins.top() - margins.bottom() - layout.spacing()
        room -= self.progress.maximumHeight()
        gap = left.spacing()
        width = left.geometry().width() or self.width() * 5 // 9
        # a wrapped banner ("paused" at 200 %) counts with all its lines
        base = left.minimumHeightForWidth(width) if left.hasHeightForWidth() else -1
        base = max(base, left.minimumSize().height())
        if left.indexOf(self.picture) >= 0 and not self.picture.isHidden():
            base -= PICTURE_LEAST + gap
        if self.step_label.isHidden():
            base += self.step_label.minimumSizeHint().height() + gap
        beside = room >= base + PICTURE_LEAST + gap
        under_ring = room >= self.ring.minimumHeight() + PICTURE_LEAST + self._right.spacing()
        self._place_picture(left if beside else self._right)
        self.picture.set_room(beside or under_ring)
        self.step_label.setVisible(beside or room >= base)

    def _place_picture(self, column: QVBoxLayout) -> None:
        if column.indexOf(self.picture) >= 0:
            return
        for other in (self._left, self._right):
            other.removeWidget(self.picture)
        if column is self._left:
            column.insertWidget(column.indexOf(self.instructions), self.picture, 3)
        else:
            column.addWidget(self.picture, 1)

    def show_session(self, session: Session) -> None:
        """Follow ``session`` from now on."""
        self._session = session
        self._spoken = ""
        self._flash_until = -1.0
        self._flash_word = ""
        self.set_message("")
        self.refresh(session.position())

    def flash(self, at: float, word: str = "") -> None:
        """Show a cue's ``word`` large in the ring for a second: the twin of its sound."""
        self._flash_until = at + FLASH_SECONDS
        self._flash_word = word or self.phase.text()
        if self._session is not None:
            self.refresh(self._session.position())

    def is_flashing(self) -> bool:
        """Whether a cue's word is showing."""
        return bool(self.ring.word())

    def set_message(self, text: str) -> None:
        """Show a status line (paused, resumed after a stall...), or hide it."""
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def refresh(self, position: Position) -> None:
        """Redraw everything for ``position``."""
        session = self._session
        if session is None:
            return
        plan = session.plan
        segment = position.segment
        resting = segment.kind is SegmentKind.REST
        upcoming = _upcoming_step(session, position) if resting else None
        shown = upcoming if upcoming is not None else segment
        if segment.kind is SegmentKind.PREPARE:  # getting into position for the first side
            shown = _next_hold(session, position) or segment
        step = plan.routine.steps[shown.step_index]
        steps = len(plan.routine.steps)
        self.step_label.setText(plan.routine.name)
        self.step_name.setText(
            SessionScreenText.tr("Next: {step}").format(step=step.name)
            if upcoming is not None
            else step.name
        )
        paused = position.state is SessionState.PAUSED
        word = segment.pose.pose.upper() if segment.pose else phase_word(segment.kind)
        counted = ""  # a counted step: the ring shows the count ("8/12"), never a stale flash
        if segment.repetition:
            count = plan.routine.steps[segment.step_index].count
            word = self.tr("Rep {rep} of {count}").format(rep=segment.repetition, count=count)
            counted = f"{segment.repetition}/{count}"
        self.phase.setText(self.tr("PAUSED") if paused else word)
        if position.offset >= self._flash_until:
            self._flash_word = ""
        side = side_words(plan.routine.area, step.original_name or step.name, shown.side)
        self.side.setText(side)
        self.side.setVisible(bool(side))
        self.rep.setText(self.tr("Rep {rep} of {count}").format(rep=segment.rep, count=step.reps))
        self.rep.setVisible(step.reps > 1 and upcoming is None)
        caption = (
            segment.pose.cue
            if segment.pose
            else self.tr("repetitions")
            if counted
            else self.tr("seconds")
        )
        self.ring.set_state(
            position.remaining, segment.length, caption, PHASE_COLOURS[segment.kind],
            dimmed=paused, word="" if paused else counted or self._flash_word,
        )  # fmt: skip
        image = shown.pose.image if shown.pose and shown.pose.image else step.image
        had = self.picture.has_picture()
        self.picture.show_picture(image, mirrored=shown.side not in (Side.NONE, step.image_side))
        if self.picture.has_picture() != had:  # the page's least height changed with it
            self._fit_picture()
        current = 0 if upcoming is not None else _current_sentence(position, step.instructions)
        self.instructions.show_sentences(step.instructions, current)
        if upcoming is not None:
            first = step.instructions[0] if step.instructions else ""
            self.next_label.setText(
                self.tr("Get ready for step {step} of {count}: {first}").format(
                    step=upcoming.step_index + 1, count=steps, first=first
                )
            )
        else:
            self.next_label.setText(_next_text(session, position))
        self._announce(
            self.phase.text(),
            side.replace("\u25c0", "").replace("\u25b6", ""),
            self.step_name.text(),
        )
        self._show_progress(position, steps)

    def _show_progress(self, position: Position, steps: int) -> None:
        """The bar and the line under it: the step, the time left, and paused or stopped."""
        # In whole percent: the bar moves a step at a time, not every second (each step is
        # a redraw); the time left, to the second, is in the line under it.
        self.progress.setValue(math.floor(100 * position.offset / max(position.total, 0.001)))
        running = position.state is SessionState.RUNNING
        state = "" if running else f"  ·  {state_word(position.state)}"
        self.overall.setText(
            self.tr("Step {step} of {count}  ·  {left} left{state}").format(
                step=position.segment.step_index + 1,
                count=steps,
                left=format_left(position.time_left),
                state=state,
            )
        )

    def _announce(self, phase: str, side: str, step: str) -> None:
        """Say the phase, side and step once each time one changes: "Hold, left leg: Calf".

        The side is shown in capitals to be seen from the floor; spoken, it is lower case,
        so no screen reader spells it out or shouts it.
        """
        phase = phase.capitalize() if phase.isupper() else phase
        said = ", ".join(part.strip() for part in (phase, side.lower()) if part.strip())
        words = f"{said}: {step.strip()}" if step.strip() else said
        if words != self._spoken:
            self._spoken = words
            announce(self, words)
            self.announced.emit(words)


def _next_hold(session: Session, position: Position) -> Segment | None:
    """The hold (or flow) that the current segment leads into."""
    following = session.segments[position.segment_index + 1 :]
    return next((s for s in following if s.is_active), None)


def _upcoming_step(session: Session, position: Position) -> Segment | None:
    """While relaxing between steps, the next step's first hold (its side, its picture)."""
    upcoming = _next_hold(session, position)
    if upcoming is None or upcoming.step_index == position.segment.step_index:
        return None  # the relax between reps of one stretch: that stretch stays on screen
    return upcoming


def _current_sentence(position: Position, sentences: tuple[str, ...]) -> int | None:
    """Which instruction to highlight: setting-up sentences while preparing, then the last."""
    segment = position.segment
    if segment.kind is SegmentKind.REST:
        return None
    if segment.pose is not None:
        pose = segment.pose.pose.casefold()
        match = next((i for i, s in enumerate(sentences) if s.casefold().startswith(pose)), None)
        if match is not None:
            return match
    if segment.kind is SegmentKind.PREPARE and len(sentences) > 1:
        done = 1 - position.remaining / max(segment.length, 0.001)
        return min(len(sentences) - 2, int(done * (len(sentences) - 1)))
    return len(sentences) - 1


def _next_text(session: Session, position: Position) -> str:
    segments = session.segments
    index = position.segment_index + 1
    if index >= len(segments):
        return SessionScreenText.tr("Next: done")
    upcoming: Segment = segments[index]
    step = session.plan.routine.steps[upcoming.step_index]
    if upcoming.step_index != position.segment.step_index:
        return SessionScreenText.tr("Next: {step}").format(step=step.name)
    return SessionScreenText.tr("Next: {what} ({length})").format(
        what=describe(upcoming, session.plan), length=format_duration(upcoming.length)
    )
