"""A stacked bar chart of cramp episodes per week, by area, drawn with QPainter.

Hand-drawn rather than QtCharts: eight bars do not justify loading the
QtCharts module (and its start-up cost) into the window. Each bar carries
its count as text and the legend names areas with both colour and order,
so the chart does not rely on colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from spasm_stretch.core.log_review import WeekCount, date_text

AREA_COLOURS = ("#2a9d8f", "#e9c46a", "#f4a261", "#e76f51", "#6d6875", "#8ab17d", "#577590")


class WeeklyChart(QWidget):
    """Episodes per week, one stacked bar per week, areas in a fixed order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._weeks: tuple[WeekCount, ...] = ()
        self._areas: list[str] = []
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Cramps per week, by area"))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Wide and short."""
        return QSize(520, 190)

    def set_weeks(self, weeks: tuple[WeekCount, ...]) -> None:
        """Show these weeks, oldest first."""
        self._weeks = weeks
        self._areas = sorted({area for week in weeks for area, _ in week.by_area})
        totals = ", ".join(
            self.tr("week of {day}: {count}").format(
                day=date_text(w.start, "day_month"), count=w.total
            )
            for w in weeks
        )
        self.setAccessibleDescription(self.tr("Cramps per week. {totals}").format(totals=totals))
        self.update()

    def colour(self, area: str) -> QColor:
        """The colour an area is drawn in (the same in the bars and the legend)."""
        return QColor(AREA_COLOURS[self._areas.index(area) % len(AREA_COLOURS)])

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """Bars with their counts, week labels underneath, the legend on the right."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Every word in the text colour: the chart sits on whatever its tab page
        # draws (lighter than the window in the dark themes), and faded labels
        # read 2.7 to 4.4:1 there. Only the axis line is faint.
        text = self.palette().color(QPalette.ColorRole.WindowText)
        faint = QColor(text)
        faint.setAlphaF(0.6)
        metrics = painter.fontMetrics()
        line = metrics.height()
        legend_width = max((metrics.horizontalAdvance(a) for a in self._areas), default=0) + 28
        plot = QRectF(8, line + 4, self.width() - legend_width - 24, self.height() - 2 * line - 12)
        peak = max((w.total for w in self._weeks), default=0)
        painter.setPen(text)
        painter.drawText(
            QRectF(8, 0, plot.width(), line), Qt.AlignmentFlag.AlignLeft, self.tr("Cramps per week")
        )
        if not self._weeks:
            painter.end()
            return
        slot = plot.width() / len(self._weeks)
        bar_width = min(48.0, slot * 0.6)
        for index, week in enumerate(self._weeks):
            x = plot.left() + index * slot + (slot - bar_width) / 2
            bottom = plot.bottom()
            for area, count in week.by_area:
                height = plot.height() * 0.85 * count / peak if peak else 0
                painter.fillRect(QRectF(x, bottom - height, bar_width, height), self.colour(area))
                bottom -= height
            painter.setPen(text)
            painter.drawText(
                QRectF(x - 10, bottom - line, bar_width + 20, line),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                str(week.total),
            )
            painter.drawText(
                QRectF(plot.left() + index * slot, plot.bottom() + 4, slot, line),
                Qt.AlignmentFlag.AlignHCenter,
                date_text(week.start, "day_month"),
            )
        painter.setPen(faint)
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        legend_x = plot.right() + 16
        for index, area in enumerate(self._areas):
            y = plot.top() + index * (line + 4)
            painter.fillRect(QRectF(legend_x, y + 2, line - 4, line - 4), self.colour(area))
            painter.setPen(text)
            painter.drawText(QRectF(legend_x + line, y, legend_width, line), area)
        painter.end()
