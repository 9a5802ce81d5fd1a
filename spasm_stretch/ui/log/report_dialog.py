"""Ask what the doctor's report should cover: a period (last 3 months by default) and a name."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from spasm_stretch.i18n.language import SOURCE_LANGUAGE
from spasm_stretch.i18n.text import current_language
from spasm_stretch.log.report import ReportRequest

DEFAULT_DAYS = 91  # about three months: what a doctor usually asks about


def day_format() -> str:
    """How the period's days are edited: English keeps "3 Nov 2026", others the locale's form."""
    if current_language() == SOURCE_LANGUAGE:
        return "d MMM yyyy"
    return QLocale().dateFormat(QLocale.FormatType.ShortFormat)


class ReportDialog(QDialog):
    """From, to, and an optional name line; ``request()`` gives the answer."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Report for your doctor"))
        first = today - timedelta(days=DEFAULT_DAYS)
        self.first = QDateEdit(QDate(first.year, first.month, first.day))
        self.last = QDateEdit(QDate(today.year, today.month, today.day))
        for edit, name in ((self.first, self.tr("First day")), (self.last, self.tr("Last day"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(day_format())
            edit.setMaximumDate(QDate(today.year, today.month, today.day))
            edit.setAccessibleName(name)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("optional: printed at the top"))
        self.name.setMaxLength(120)
        self.name.setAccessibleName(self.tr("Your name, printed on the report"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        note = QLabel(self.tr("Every cramp in the period is listed, with the red flags it meets."))
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow(self.tr("From:"), self.first)
        form.addRow(self.tr("To:"), self.last)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(buttons)

    def request(self) -> ReportRequest:
        """The period and name chosen (the two days swapped if given the wrong way round)."""
        first, last = self.first.date().toPython(), self.last.date().toPython()
        assert isinstance(first, date) and isinstance(last, date)
        return ReportRequest(min(first, last), max(first, last), self.name.text().strip())
