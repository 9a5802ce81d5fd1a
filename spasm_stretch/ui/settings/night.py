"""Settings row for the night theme by the clock: on or off, from which hour to which."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSpinBox, QWidget


def _hour_box(name: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, 23)
    box.setSuffix(":00")
    box.setWrapping(True)
    box.setAccessibleName(name)
    box.lineEdit().setAccessibleName(name)  # the part that takes the keyboard
    return box


class NightHours(QWidget):
    """The night theme by the clock: "By itself from [22]:00 to [7]:00".

    Signals:
        changed(): the check box or an hour changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.auto = QCheckBox(self.tr("By itself from"))
        self.auto.setAccessibleDescription(self.tr("Use the night theme by itself at night"))
        self.start = _hour_box(self.tr("Night starts at"))
        self.end = _hour_box(self.tr("Night ends at"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.auto)
        row.addWidget(self.start)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.end)
        row.addStretch(1)
        self.auto.toggled.connect(self.changed)
        self.start.valueChanged.connect(self.changed)
        self.end.valueChanged.connect(self.changed)

    def show_hours(self, auto: bool, start: int, end: int) -> None:
        """Show the saved choice without announcing a change."""
        for widget, value in ((self.start, start), (self.end, end)):
            widget.blockSignals(True)
            widget.setValue(value)
            widget.blockSignals(False)
        self.auto.blockSignals(True)
        self.auto.setChecked(auto)
        self.auto.blockSignals(False)
