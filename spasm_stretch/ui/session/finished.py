"""The finished screen: what was done, then resume, again or back to the routines."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from spasm_stretch.core.plan import format_duration
from spasm_stretch.ui.widgets.announce import announce
from spasm_stretch.ui.widgets.fonts import relative_font

if TYPE_CHECKING:
    from spasm_stretch.core.engine import SessionSummary
    from spasm_stretch.core.model import Routine


class FinishedView(QWidget):
    """Summary of a session that ended, with the two ways on.

    Signals:
        resume(): take up the stopped routine where it was left.
        again(): run the same routine once more.
        back_to_routines(): return to the picker.
        back_to_relief(): return to the cramp being timed.
    """

    resume = Signal()
    again = Signal()
    back_to_routines = Signal()
    back_to_relief = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        relative_font(self.heading, 2.0)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details = QLabel()
        self.details.setTextFormat(Qt.TextFormat.PlainText)  # the routine's name, as written
        self.details.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details.setAccessibleDescription(self.tr("Session summary"))
        # After Stop the focused button takes Space and Enter: it must be this one, so the
        # key that paused and resumed the routine all along resumes it here too.
        self.resume_button = QPushButton(self.tr("&Resume  (Space)"))
        self.resume_button.setAccessibleDescription(
            self.tr("Take up the stopped routine where it was left")
        )
        self.resume_button.hide()
        self.again_button = QPushButton(self.tr("&Again"))
        self.again_button.setAccessibleDescription(self.tr("Run this routine again"))
        self.back_button = QPushButton(self.tr("&Back to routines"))
        self.back_button.setAccessibleDescription(self.tr("Back to the routine list"))
        self.relief_button = QPushButton(self.tr("Back to cramp &help"))
        self.relief_button.setAccessibleDescription(
            self.tr("Back to the cramp timer and relief checklist")
        )
        self.relief_button.hide()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.relief_button)
        buttons.addWidget(self.resume_button)
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.details)
        layout.addSpacing(24)
        layout.addLayout(buttons)
        layout.addStretch(2)
        self.resume_button.clicked.connect(self.resume)
        self.again_button.clicked.connect(self.again)
        self.back_button.clicked.connect(self.back_to_routines)
        self.relief_button.clicked.connect(self.back_to_relief)

    def show_summary(self, routine: Routine, summary: SessionSummary, *, finished: bool) -> None:
        """Fill in the summary of a session that ``finished`` or was stopped."""
        self.heading.setText(self.tr("Well done!") if finished else self.tr("Session stopped"))
        steps = len(routine.steps)
        lines = [
            routine.name,
            self.tr("Time: {length}").format(length=format_duration(summary.running_time)),
            self.tr("Steps completed: {done} of {count}").format(
                done=summary.steps_done, count=steps
            ),
        ]
        if summary.holds_extended:
            lines.append(
                self.tr("Holds extended: {holds} (+{seconds} s)").format(
                    holds=summary.holds_extended, seconds=f"{summary.seconds_extended:.0f}"
                )
            )
        if summary.holds_skipped:
            lines.append(self.tr("Holds skipped: {holds}").format(holds=summary.holds_skipped))
        self.details.setText("\n".join(lines))
        announce(
            self,
            self.tr("{heading} {routine}: done").format(
                heading=self.heading.text(), routine=routine.name
            ),
        )
        self.again_button.setFocus()

    def offer_relief(self, cramp_running: bool) -> None:
        """Show the way back to the cramp timer while a cramp is being timed."""
        self.relief_button.setVisible(cramp_running)
        if cramp_running:
            self.relief_button.setFocus()

    def offer_resume(self, waiting: bool) -> None:
        """Offer to resume while the stopped routine waits; when it no longer can, offer Again."""
        focused = self.resume_button.hasFocus()
        self.resume_button.setVisible(waiting)
        if waiting:
            self.resume_button.setFocus()
        elif focused:
            self.again_button.setFocus()
