"""Ask what the doctor's report should cover: a period (last 3 months by default) and a name."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from spasm_stretch.history_report import ReportRequest

DEFAULT_DAYS = 91  # about three months: what a doctor usually asks about


class ReportDialog(QDialog):
    """From, to, and an optional name line; ``request()`` gives the answer."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Report for your doctor")
        first = today - timedelta(days=DEFAULT_DAYS)
        self.first = QDateEdit(QDate(first.year, first.month, first.day))
        self.last = QDateEdit(QDate(today.year, today.month, today.day))
        for edit, name in ((self.first, "First day"), (self.last, "Last day")):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setMaximumDate(QDate(today.year, today.month, today.day))
            edit.setAccessibleName(name)
        self.name = QLineEdit()
        self.name.setPlaceholderText("optional: printed at the top")
        self.name.setMaxLength(120)
        self.name.setAccessibleName("Your name, printed on the report")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        note = QLabel("Every cramp in the period is listed, with the red flags it meets.")
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow("From:", self.first)
        form.addRow("To:", self.last)
        form.addRow("Name:", self.name)
        form.addRow(buttons)

    def request(self) -> ReportRequest:
        """The period and name chosen (the two days swapped if given the wrong way round)."""
        first, last = self.first.date().toPython(), self.last.date().toPython()
        assert isinstance(first, date) and isinstance(last, date)
        return ReportRequest(min(first, last), max(first, last), self.name.text().strip())
