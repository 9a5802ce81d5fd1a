"""The session screen: what to do now, for how long, and what comes next.

Everything shown is recomputed from the session's position on each update,
so the screen cannot drift from the engine's timeline.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from spasm_stretch.core.engine import Position, Session, SessionState, describe
from spasm_stretch.core.model import Side
from spasm_stretch.core.plan import Segment, SegmentKind, format_duration
from spasm_stretch.ui.countdown_ring import CountdownRing
from spasm_stretch.ui.fit_label import FitLabel
from spasm_stretch.ui.fonts import relative_font
from spasm_stretch.ui.pictures import safe_svg

PHASE_WORDS = {
    SegmentKind.PREPARE: "Get into position",
    SegmentKind.HOLD: "Hold",
    SegmentKind.SWITCH: "Switch sides",
    SegmentKind.REST: "Relax",
}
PHASE_COLOURS = {
    SegmentKind.PREPARE: QColor("#e9a23b"),
    SegmentKind.HOLD: QColor("#2a9d8f"),
    SegmentKind.FLOW: QColor("#2a9d8f"),
    SegmentKind.SWITCH: QColor("#5c7aa6"),
    SegmentKind.REST: QColor("#7d8b89"),
}
FLASH_SECONDS = 0.6
PHASE_SIZE = 2.2  # the phase word and the side, against the text size
SIDE_WORDS = {Side.LEFT: "\u25c0  LEFT SIDE", Side.RIGHT: "RIGHT SIDE  \u25b6"}


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
        self.setAccessibleName("Instructions")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys belong to the session
        inner = self._inner = QWidget()
        self._layout = QVBoxLayout(inner)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self._layout.addStretch(1)
        self.setWidget(inner)
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
        if current is not None and current < len(self._labels):
            self._inner.adjustSize()
            self.ensureWidgetVisible(self._labels[current], 0, 8)

    def current_label(self) -> QLabel | None:
        """The highlighted sentence's label, if one is highlighted."""
        current = self._shown[1]
        return self._labels[current] if current is not None else None

    def text(self) -> str:
        """Every sentence shown, one per line, as a reader (or a test) sees them."""
        return "\n".join(label.text() for label in self._labels if not label.isHidden())


class SessionView(QWidget):
    """Shows the running session; the main window feeds it positions and messages."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step_label = FitLabel(1.0, bold=False)
        self.step_name = FitLabel(1.6)
        self.phase = FitLabel(PHASE_SIZE)
        self.phase.setContentsMargins(16, 2, 16, 2)
        self.phase.setAccessibleName("What to do now")
        self.side = FitLabel(PHASE_SIZE)
        self.side.setAccessibleName("Side")
        self.side.setFrameShape(QFrame.Shape.StyledPanel)
        self.side.setContentsMargins(10, 4, 10, 4)
        self.rep = QLabel()
        self.ring = CountdownRing()
        self.picture = QSvgWidget()
        self.picture.setAccessibleName("Illustration of the stretch")
        self.picture.setMinimumSize(120, 96)
        self.picture.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.instructions = InstructionList()
        self.next_label = FitLabel(1.0, bold=False)
        self.next_label.setAccessibleName("Coming next")
        self.banner = _big(_plain(QLabel()), 1.1)
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName("Session status")
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.progress.setAccessibleName("Routine progress")
        self.overall = QLabel()
        self.overall.setAccessibleName("Routine progress")

        status = QHBoxLayout()
        status.addWidget(self.side)
        status.addWidget(self.rep)
        status.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.picture, 3)
        left.addWidget(self.instructions, 2)
        right = QVBoxLayout()
        right.addWidget(self.phase, 0, Qt.AlignmentFlag.AlignHCenter)
        right.addLayout(status)
        right.addWidget(self.ring, 1)
        right.addWidget(self.next_label)
        body = QGridLayout()
        body.addLayout(left, 0, 0)
        body.addLayout(right, 0, 1)
        body.setColumnStretch(0, 5)
        body.setColumnStretch(1, 4)
        header = QHBoxLayout()
        header.addWidget(self.step_label, 1)
        header.addWidget(self.overall, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.progress)
        layout.addWidget(self.step_name)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._flash_until = -1.0
        self._session: Session | None = None
        self._shown_image: str | None = None
        self.set_message("")

    def show_session(self, session: Session) -> None:
        """Follow ``session`` from now on."""
        self._session = session
        self._shown_image = None  # draw the first picture afresh, or clear the last routine's
        self.set_message("")
        self.refresh(session.position())

    def flash(self, at: float) -> None:
        """Highlight the phase word briefly: the visual twin of every sound cue."""
        self._flash_until = at + FLASH_SECONDS
        self._show_flash(True)

    def _show_flash(self, on: bool) -> None:
        self.phase.setBackgroundRole(
            QPalette.ColorRole.Highlight if on else QPalette.ColorRole.Window
        )
        self.phase.setForegroundRole(
            QPalette.ColorRole.HighlightedText if on else QPalette.ColorRole.WindowText
        )
        self.phase.setAutoFillBackground(on)

    def is_flashing(self) -> bool:
        """Whether the cue highlight is showing."""
        return self.phase.autoFillBackground()

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
        step = plan.routine.steps[segment.step_index]
        steps = len(plan.routine.steps)
        self.step_label.setText(plan.routine.name)
        self.step_name.setText(step.name)
        word = segment.pose.pose.upper() if segment.pose else PHASE_WORDS[segment.kind]
        self.phase.setText(word)
        if self.is_flashing() and position.offset >= self._flash_until:
            self._show_flash(False)
        self.side.setText(SIDE_WORDS.get(segment.side, ""))
        self.side.setVisible(segment.side is not Side.NONE)
        self.rep.setText(f"Rep {segment.rep} of {step.reps}")
        self.rep.setVisible(step.reps > 1)
        caption = segment.pose.cue if segment.pose else "seconds"
        self.ring.set_state(
            position.remaining, segment.length, caption, PHASE_COLOURS[segment.kind]
        )
        image = segment.pose.image if segment.pose and segment.pose.image else step.image
        image_path = str(image) if image else ""
        if image_path != self._shown_image:
            self._shown_image = image_path
            self.picture.load(safe_svg(image) if image else QByteArray())
            self.picture.setVisible(bool(image_path))
        self.instructions.show_sentences(
            step.instructions, _current_sentence(position, step.instructions)
        )
        self.next_label.setText(_next_text(session, position))
        total = max(position.total, 0.001)
        self.progress.setValue(round(1000 * position.offset / total))
        self.progress.setMaximum(1000)
        state = "" if position.state is SessionState.RUNNING else f"  ·  {position.state.value}"
        left = format_duration(position.time_left)
        self.overall.setText(f"Step {segment.step_index + 1} of {steps}  ·  {left} left{state}")


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
        return "Next: done"
    upcoming: Segment = segments[index]
    step = session.plan.routine.steps[upcoming.step_index]
    if upcoming.step_index != position.segment.step_index:
        return f"Next: {step.name}"
    return f"Next: {describe(upcoming, session.plan)} ({format_duration(upcoming.length)})"
