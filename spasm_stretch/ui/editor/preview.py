"""A live preview of a draft routine: its timeline as coloured bars and its total time."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from spasm_stretch.ui.session.view import PHASE_COLOURS

if TYPE_CHECKING:
    from spasm_stretch.core.plan import Plan


class TimelineStrip(QWidget):
    """Draws each segment of a plan as a bar as wide as its share of the time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan: Plan | None = None
        self.setMinimumHeight(22)
        self.setAccessibleName(self.tr("Timeline of the routine"))

    def set_plan(self, plan: Plan | None) -> None:
        """Show ``plan``, or an empty strip when the draft does not load."""
        self._plan = plan
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """A thin strip across the editor."""
        return QSize(400, 22)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """One bar per segment, a hair apart so repetitions can be counted."""
        plan = self._plan
        if plan is None or plan.total <= 0:
            return
        painter = QPainter(self)
        scale = self.width() / plan.total
        for segment in plan.segments:
            bar = QRectF(
                segment.start * scale, 0, max(1.0, segment.length * scale - 1), self.height()
            )
            painter.fillRect(bar, PHASE_COLOURS[segment.kind])
        painter.end()
