"""The history page: red flags the log meets, totals, a weekly chart, and every entry.

It shows a review and records handed to it; reading the database, writing
files and the review itself happen elsewhere.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from spasm_stretch.core.content import DoctorAdvice
from spasm_stretch.core.log_review import LogReview
from spasm_stretch.core.records import Episode, SessionRecord
from spasm_stretch.history_report import episode_details, minutes_text, session_outcome
from spasm_stretch.ui.habit_strip import HabitStrip
from spasm_stretch.ui.warning_label import warning_label
from spasm_stretch.ui.weekly_chart import WeeklyChart


def when(moment: datetime) -> str:
    """A log entry's date and time, with the weekday a person remembers."""
    return f"{moment:%a %d %b %Y %H:%M}"


def _tree(headers: list[str], name: str) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    tree.setAccessibleName(name)
    tree.setUniformRowHeights(True)
    return tree


class HistoryView(QWidget):
    """The log for the person and their doctor.

    Signals:
        export_csv(): save the log as CSV.
        export_pdf(): save the one-page report as PDF.
    """

    export_csv = Signal()
    export_pdf = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel("Your log")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        self.csv_button = QPushButton("Export &CSV...")
        self.csv_button.setAccessibleName("Export the log as a CSV file")
        self.pdf_button = QPushButton("&PDF report for your doctor...")
        self.pdf_button.setAccessibleName("Save a one-page PDF report for your doctor")
        self.flags = warning_label("Red flags your log meets")
        self.flags.setTextFormat(Qt.TextFormat.RichText)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.totals.setAccessibleName("Totals")
        self.chart = WeeklyChart()
        self.episodes = _tree(["When", "Length", "Area", "What helped, tags, note"], "Cramps")
        self.sessions = _tree(["When", "Routine", "Outcome"], "Routines done")
        overview = QWidget()
        overview_layout = QVBoxLayout(overview)
        overview_layout.addWidget(self.totals)
        overview_layout.addWidget(habit := HabitStrip())
        self.habit = habit
        overview_layout.addWidget(self.chart, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(overview, "Overview")
        self.tabs.addTab(self.episodes, "Cramps")
        self.tabs.addTab(self.sessions, "Routines done")
        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(self.csv_button)
        header.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.flags)
        layout.addWidget(self.tabs, 1)
        self.csv_button.clicked.connect(self.export_csv)
        self.pdf_button.clicked.connect(self.export_pdf)

    def show_log(
        self,
        episodes: Sequence[Episode],
        sessions: Sequence[SessionRecord],
        review: LogReview,
        doctor: DoctorAdvice,
    ) -> None:
        """Fill the page from the log, newest entries first."""
        if review.flags:
            items = "".join(f"<li>{html.escape(flag)}</li>" for flag in review.flags)
            self.flags.setText(
                f"<b>\u26a0 When to see a doctor: your log shows</b><ul>{items}</ul>"
                f"{html.escape(doctor.advice)} <i>{html.escape(doctor.disclaimer)}</i>"
            )
        self.flags.setVisible(bool(review.flags))
        longest = (
            f"longest {review.longest.minutes:.0f} min"
            if review.longest and review.longest.minutes is not None
            else "none timed yet"
        )
        self.totals.setText(
            f"<b>{review.episodes}</b> cramp{'s' if review.episodes != 1 else ''} logged "
            f"({review.episodes_recent} in the last {review.recent_days} days, {longest})"
            f"  \u00b7  <b>{review.sessions}</b> routine{'s' if review.sessions != 1 else ''} "
            f"done ({review.sessions_finished} finished)"
        )
        self.chart.set_weeks(review.weeks)
        self.habit.show_sessions(sessions, datetime.now().date())
        self.episodes.clear()
        self.episodes.addTopLevelItems(
            [
                QTreeWidgetItem(
                    [when(e.started), minutes_text(e), e.area or "?", episode_details(e)]
                )
                for e in reversed(episodes)
            ]
        )
        self.sessions.clear()
        self.sessions.addTopLevelItems(
            [
                QTreeWidgetItem([when(s.started), s.routine_name, session_outcome(s)])
                for s in reversed(sessions)
            ]
        )
        for tree in (self.episodes, self.sessions):
            for column in range(tree.columnCount() - 1):
                tree.resizeColumnToContents(column)
