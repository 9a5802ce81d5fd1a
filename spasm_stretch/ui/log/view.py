"""The history page: red flags the log meets, totals, a weekly chart, and every entry.

It shows a review and records handed to it; reading the database, writing
files and the review itself happen elsewhere.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from spasm_stretch.core.cramp import length_text
from spasm_stretch.core.log_review import LogReview, date_text
from spasm_stretch.core.records import Episode, SessionRecord
from spasm_stretch.i18n.language import SOURCE_LANGUAGE
from spasm_stretch.i18n.text import current_language
from spasm_stretch.log.report import (
    severity_text,
    signs_text,
    where_text,
)
from spasm_stretch.ui.log.chart import WeeklyChart
from spasm_stretch.ui.log.habit_strip import HabitStrip
from spasm_stretch.ui.log.model import PagedLog
from spasm_stretch.ui.widgets.fonts import relative_font
from spasm_stretch.ui.widgets.scrolling import vertical_scroll
from spasm_stretch.ui.widgets.warning_label import warning_label

if TYPE_CHECKING:
    from spasm_stretch.core.content import DoctorAdvice


def when(moment: datetime) -> str:
    """A log entry's date and time, with the weekday a person remembers.

    English keeps its own form; other languages read the locale's short date
    and time (``QLocale``'s default, which the chosen language sets).
    """
    if current_language() == SOURCE_LANGUAGE:
        return f"{moment:%a %d %b %Y %H:%M}"
    locale, short = QLocale(), QLocale.FormatType.ShortFormat
    day = locale.toString(QDate(moment.year, moment.month, moment.day), short)
    return (
        f"{locale.dayName(moment.isoweekday(), short)} {day} "
        f"{locale.toString(QTime(moment.hour, moment.minute), short)}"
    )


RESIZE_PRECISION = 100  # rows measured for a column's width


class _LogTree(QTreeView):
    """A log list whose column titles stay whole at any text size.

    The columns were fitted once, when the rows arrived: a text size chosen
    later left "Whe..." for "When", and at 800 px and 200 % the stretched last
    column cut its long title to a third. Columns now fit again when the font
    changes, and the last fills the room left but never shrinks below its
    title: a narrow window scrolls the table sideways, as a data table may.
    """

    def fit_columns(self) -> None:
        """Every column but the last to its rows and title; the last to the room left."""
        model = self.model()
        if model is None or model.columnCount() == 0:
            return
        last = model.columnCount() - 1
        for column in range(last):
            self.resizeColumnToContents(column)
        self._fit_last(last)

    def _fit_last(self, last: int) -> None:
        header = self.header()
        others = sum(header.sectionSize(column) for column in range(last))
        room = self.viewport().width() - others
        header.resizeSection(last, max(header.sectionSizeHint(last), room))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Fit the columns to a new text size."""
        super().changeEvent(event)
        if event.type() is QEvent.Type.FontChange:
            self.fit_columns()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Let the last column fill the new width (never below its title)."""
        super().resizeEvent(event)
        model = self.model()
        if model is not None and model.columnCount() > 0:
            self._fit_last(model.columnCount() - 1)


def _tree(name: str) -> _LogTree:
    tree = _LogTree()
    tree.header().setStretchLastSection(False)
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    tree.setAccessibleName(name)
    tree.setUniformRowHeights(True)
    # Column widths from the rows a screen shows, not from every row fetched so far:
    # measuring a thousand rows' text blocked the page's opening for ~40 ms.
    tree.header().setResizeContentsPrecision(RESIZE_PRECISION)
    return tree


class HistoryView(QWidget):
    """The log for the person and their doctor.

    Signals:
        export_csv(): save the log as CSV.
        export_pdf(): save a report for a doctor as PDF.
        add_requested(): add a cramp from earlier.
        edit_requested(int): correct the cramp with this id.
        delete_requested(int): delete the cramp with this id.
        flags_read(): the person has read the red flags shown.
    """

    export_csv = Signal()
    export_pdf = Signal()
    add_requested = Signal()
    edit_requested = Signal(int)
    delete_requested = Signal(int)
    flags_read = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        """Make the page's buttons, red flag box, totals, chart and lists, then lay them out.

        Kept in one piece: each widget is a few lines of setup, and the layout at
        the end places them all as the page shows them, top to bottom.
        """
        super().__init__(parent)
        title = QLabel(self.tr("Your log"))
        relative_font(title, 1.6)
        self.csv_button = QPushButton(self.tr("Export &CSV..."))
        self.csv_button.setAccessibleDescription(self.tr("Export the log as a CSV file"))
        self.pdf_button = QPushButton(self.tr("&PDF report for your doctor..."))
        self.pdf_button.setAccessibleDescription(
            self.tr("Save a PDF report of a period for your doctor")
        )
        self.flags = warning_label(self.tr("Red flags your log meets"))
        self.flags.setTextFormat(Qt.TextFormat.RichText)
        self.read_button = QPushButton(self.tr("I have read this"))
        self.read_button.setAccessibleDescription(
            self.tr("Close the red flag box until a new flag is met")
        )
        self.read_button.clicked.connect(self.flags_read)
        self.flags_noted = QPushButton()
        self.flags_noted.setFlat(True)
        self.flags_noted.setAccessibleName(self.tr("Show the red flags again"))
        self.flags_noted.clicked.connect(self._open_flags)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.totals.setAccessibleDescription(self.tr("Totals"))
        self.chart = WeeklyChart()
        self.episodes = _tree(self.tr("Cramps"))
        self.episodes.doubleClicked.connect(lambda *_: self._edit())
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAccessibleDescription(self.tr("The chosen cramp in full"))
        self.add_button = QPushButton(self.tr("&Add a past cramp..."))
        self.add_button.setAccessibleDescription(self.tr("Add a cramp from earlier to the log"))
        self.edit_button = QPushButton(self.tr("&Edit..."))
        self.edit_button.setAccessibleDescription(self.tr("Edit the chosen cramp"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setAccessibleDescription(
            self.tr("Delete the chosen cramp (can be undone)")
        )
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(self._edit)
        self.delete_button.clicked.connect(self._delete)
        QShortcut(QKeySequence.StandardKey.Delete, self.episodes, self._delete)

        self.sessions = _tree(self.tr("Routines done"))
        overview = QWidget()
        overview_layout = QVBoxLayout(overview)
        overview_layout.addWidget(self.totals)
        overview_layout.addWidget(habit := HabitStrip())
        self.habit = habit
        overview_layout.addWidget(self.chart, 1)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Your log: overview, cramps and routines done"))
        self.tabs.addTab(overview, self.tr("Overview"))
        self.tabs.addTab(self._cramps_tab(), self.tr("Cramps"))
        self.tabs.addTab(self.sessions, self.tr("Routines done"))
        title.setWordWrap(True)
        # The exports get their own row: beside the title they leave no room for a
        # longer language's words at 200 % text ("Krampfprotokoll", "Exporter en CSV").
        exports = QHBoxLayout()
        exports.addWidget(self.csv_button)
        exports.addWidget(self.pdf_button)
        exports.addStretch(1)
        content = QWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(vertical_scroll(content, self.tr("Your log")))
        self.tabs.setMinimumHeight(260)
        layout = QVBoxLayout(content)
        layout.addWidget(title)
        layout.addLayout(exports)
        flags_row = QHBoxLayout()
        flags_row.addWidget(self.flags, 1)
        flags_row.addWidget(self.read_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(flags_row)
        layout.addWidget(self.flags_noted, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.tabs, 1)
        self.csv_button.clicked.connect(self.export_csv)
        self.pdf_button.clicked.connect(self.export_pdf)

    def _cramps_tab(self) -> QWidget:
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.episodes)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        return tab

    def _chosen(self) -> Episode | None:
        model = self.episodes.model()
        index = self.episodes.currentIndex()
        if not isinstance(model, PagedLog) or not index.isValid():
            return None
        episode = model.record(index.row())
        assert isinstance(episode, Episode)
        return episode

    def selected_id(self) -> int | None:
        """The id of the cramp chosen in the list, if any."""
        episode = self._chosen()
        return None if episode is None else episode.id

    def choose_row(self, row: int) -> None:
        """Make the cramp in ``row`` (0: the newest) the chosen one."""
        model = self.episodes.model()
        if model is not None:
            self.episodes.setCurrentIndex(model.index(row, 0))

    def cell(self, tree: QTreeView, row: int, column: int) -> str:
        """The text shown in a cell of one of the lists (for tests and screen readers)."""
        model = tree.model()
        return "" if model is None else str(model.index(row, column).data())

    def _edit(self) -> None:
        chosen = self.selected_id()
        if chosen is not None:
            self.edit_requested.emit(chosen)

    def _delete(self) -> None:
        chosen = self.selected_id()
        if chosen is not None:
            self.delete_requested.emit(chosen)

    def _show_detail(self) -> None:
        episode = self._chosen()
        self.edit_button.setEnabled(episode is not None)
        self.delete_button.setEnabled(episode is not None)
        if episode is None:
            self.detail.setText(self.tr("Choose a cramp to read it in full."))
            return
        lines = [
            f"{when(episode.started)} · {where_text(episode)} · {length_text(episode)}",
            self.tr("How bad: {rating}").format(
                rating=severity_text(episode) or self.tr("not rated")
            ),
            self.tr("What helped: {items}").format(
                items=", ".join(episode.helped) or self.tr("not noted")
            ),
            self.tr("Tags: {items}").format(items=", ".join(episode.tags) or self.tr("none")),
            *(
                [self.tr("\u26a0 It came with: {items}").format(items=signs_text(episode))]
                if episode.signs
                else []
            ),
            self.tr("Note: {note}").format(note=episode.note)
            if episode.note
            else self.tr("No note."),
        ]
        self.detail.setText("\n".join(lines))

    def _open_flags(self) -> None:
        self.flags.show()
        self.read_button.show()
        self.flags_noted.hide()

    def show_reading(self) -> None:
        """The lists are there; the summary of a long log is still being added up."""
        self.totals.setText(self.tr("Adding up your log\u2026"))

    def show_summary(
        self,
        recent_runs: Sequence[SessionRecord],
        review: LogReview,
        doctor: DoctorAdvice,
        *,
        flags_read: bool = False,
    ) -> None:
        """The red flags, the totals, the weekly chart and this week's routines."""
        if review.flags:
            items = "".join(
                f"<li>{html.escape(flag.text)} <i>"
                + html.escape(self.tr("(met on {day})").format(day=date_text(flag.met_on)))
                + "</i></li>"
                for flag in review.flags
            )
            heading = html.escape(self.tr("\u26a0 When to see a doctor: your log shows"))
            self.flags.setText(
                f"<b>{heading}</b><ul>{items}</ul>"
                f"{html.escape(doctor.advice)} <i>{html.escape(doctor.disclaimer)}</i>"
            )
            latest = max(flag.met_on for flag in review.flags)
            self.flags_noted.setText(
                self.tr("\u26a0 Red flags you have read (latest met on {day}): show").format(
                    day=date_text(latest)
                )
            )
        open_box = bool(review.flags) and not flags_read
        self.flags.setVisible(open_box)
        self.read_button.setVisible(open_box)
        self.flags_noted.setVisible(bool(review.flags) and flags_read)
        longest = (
            self.tr("longest {length}").format(length=length_text(review.longest))
            if review.longest and review.longest.minutes is not None
            else self.tr("none timed yet")
        )
        cramps = (
            self.tr("<b>1</b> cramp logged")
            if review.episodes == 1
            else self.tr("<b>%n</b> cramps logged", "", review.episodes)
        )
        recent = self.tr("({recent} in the last {days} days, {longest})").format(
            recent=review.episodes_recent, days=review.recent_days, longest=longest
        )
        finished = review.sessions_finished
        routines = (
            self.tr("<b>1</b> routine done ({finished} finished)")
            if review.sessions == 1
            else self.tr("<b>%n</b> routines done ({finished} finished)", "", review.sessions)
        ).format(finished=finished)
        self.totals.setText(f"{cramps} {recent}  \u00b7  {routines}")
        self.chart.set_weeks(review.weeks)
        self.habit.show_sessions(recent_runs, datetime.now().date())

    def show_lists(self, cramps: PagedLog, runs: PagedLog) -> None:
        """Every cramp and routine run, newest first, read as the lists scroll."""
        chosen = self.selected_id()
        for tree, model in ((self.episodes, cramps), (self.sessions, runs)):
            old, old_selection = tree.model(), tree.selectionModel()
            tree.setModel(model)
            for replaced in (old, old_selection):
                if replaced is not None:
                    replaced.deleteLater()
            tree.fit_columns()
        self.episodes.selectionModel().currentChanged.connect(self._show_detail)
        row = next((n for n in range(cramps.rowCount()) if cramps.record(n).id == chosen), None)
        if row is not None:
            self.choose_row(row)
        self._show_detail()
