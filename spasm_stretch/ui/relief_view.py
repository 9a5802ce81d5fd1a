"""The quick-relief panel: for a cramp happening now, everything on one page.

Big "where is the cramp?" buttons start that area's stretch; the cramp timer
runs from the moment the panel opens; the relief checklist, the log form,
the red flags and the prevention tips are each one tab away. The text comes
from the guidance content, never from this module.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from spasm_stretch.core.content import Guidance
from spasm_stretch.core.cramp_timer import CrampTimer
from spasm_stretch.core.plan import format_duration
from spasm_stretch.ui.warning_label import warning_label


def _bullets(items: tuple[str, ...]) -> str:
    return "<ul>" + "".join(f"<li>{html.escape(item)}</li>" for item in items) + "</ul>"


def _text_page(markup: str, name: str) -> QScrollArea:
    label = QLabel(markup)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setAccessibleName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setContentsMargins(8, 8, 8, 8)
    scroll = QScrollArea()
    scroll.setWidget(label)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    return scroll


class ReliefView(QWidget):
    """Help for a cramp now: area buttons, timer, checklist, log, red flags, prevention.

    Signals:
        area_chosen(str): the routine id of the area button pressed.
        timer_toggled(): start a new cramp timer, or stop the running one.
        details_changed(): the area, what helped, tags or note changed (save them).
        discarded(): the person says this was not a cramp.
    """

    area_chosen = Signal(str)
    timer_toggled = Signal()
    details_changed = Signal()
    discarded = Signal()

    def __init__(self, guidance: Guidance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        relief, doctor, prevention = guidance.relief, guidance.doctor, guidance.prevention
        self._long_minutes = doctor.long_cramp_minutes
        self._long_now = doctor.long_cramp_now
        title = QLabel(relief.title)
        title_font = title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.8)
        title_font.setBold(True)
        title.setFont(title_font)
        intro = QLabel(relief.intro)
        intro.setWordWrap(True)
        self.clock_label = QLabel("0:00")
        clock_font = QFont(title_font)
        clock_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        clock_font.setStyleHint(QFont.StyleHint.Monospace)
        self.clock_label.setFont(clock_font)
        self.clock_label.setAccessibleName("How long the cramp has lasted")
        self.timer_button = QPushButton()
        self.timer_button.setAccessibleName("Start or stop the cramp timer")
        self.warning = warning_label("Long cramp warning", margin=12)
        warning_font = self.warning.font()
        warning_font.setBold(True)
        warning_font.setPointSizeF(warning_font.pointSizeF() * 1.25)
        self.warning.setFont(warning_font)
        where = QLabel(f"Where is the cramp?  (keys 1 to {len(relief.areas)})")
        where_font = where.font()
        where_font.setBold(True)
        where_font.setPointSizeF(where_font.pointSizeF() * 1.2)
        where.setFont(where_font)
        self.area_buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        button_font = QFont(where_font)
        for index, area in enumerate(relief.areas):  # keys 1-5 are the window's actions
            button = QPushButton(area.label)
            button.setFont(button_font)
            button.setMinimumHeight(72)
            button.setAccessibleName(f"Start the stretch for a cramp in the {area.label.lower()}")
            button.setToolTip(f"Start the {area.routine_id} stretch now ({index + 1})")
            button.clicked.connect(lambda _=False, rid=area.routine_id: self.area_chosen.emit(rid))
            grid.addWidget(button, 0, index)
            self.area_buttons[area.routine_id] = button
        self.area_labels = {area.routine_id: area.label for area in relief.areas}
        self.checklist = [QCheckBox(item) for item in relief.checklist]
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Relief, log, red flags and prevention")
        self.tabs.addTab(self._checklist_page(), "What helps now")
        self.tabs.addTab(self._log_page(guidance), "Log this cramp")
        self.tabs.addTab(
            _text_page(
                f"<p>{html.escape(doctor.intro)}:</p>{_bullets(doctor.red_flags)}"
                f"<p>{html.escape(doctor.advice)}</p><p><i>{html.escape(doctor.disclaimer)}</i></p>",
                "When to see a doctor",
            ),
            "When to see a doctor",
        )
        self.tabs.addTab(_text_page(_bullets(prevention.tips), prevention.title), prevention.title)
        footer = QLabel(f"{doctor.disclaimer} Stop any stretch that hurts.")
        footer.setWordWrap(True)
        footer.setEnabled(False)
        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(self.clock_label)
        header.addWidget(self.timer_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(intro)
        layout.addWidget(self.warning)
        layout.addWidget(where)
        layout.addLayout(grid)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(footer)
        self.timer_button.clicked.connect(self.timer_toggled)

    def _checklist_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        hint = QLabel("Tick each one off as you go:")
        layout.addWidget(hint)
        for box in self.checklist:
            box.setAccessibleName(box.text())
            font = box.font()
            font.setPointSizeF(font.pointSizeF() * 1.15)
            box.setFont(font)
            layout.addWidget(box)
            layout.addSpacing(4)
        layout.addStretch(1)
        return page

    def _log_page(self, guidance: Guidance) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.area = QComboBox()
        self.area.setAccessibleName("Where the cramp is")
        self.area.addItems(["", *(a.label for a in guidance.relief.areas), "Elsewhere"])
        self.helped = [QCheckBox(item) for item in guidance.relief.helped]
        self.tags = [QCheckBox(item) for item in guidance.relief.tags]
        self.note = QLineEdit()
        self.note.setAccessibleName("Note about this cramp")
        self.note.setPlaceholderText("Anything you want to remember, or tell your doctor")
        self.note.setMaxLength(500)
        self.discard_button = QPushButton("Not a cramp: remove from the log")
        form.addRow("Where:", self.area)
        form.addRow("What helped:", self._boxes(self.helped))
        form.addRow("Tags:", self._boxes(self.tags))
        form.addRow("Note:", self.note)
        form.addRow(QLabel("Saved as you go; stop the timer when the cramp is over."))
        form.addRow(self.discard_button)
        self.area.currentIndexChanged.connect(self.details_changed)
        for box in (*self.helped, *self.tags):
            box.toggled.connect(self.details_changed)
        self.note.editingFinished.connect(self.details_changed)
        self.discard_button.clicked.connect(self.discarded)
        return page

    @staticmethod
    def _boxes(boxes: list[QCheckBox]) -> QWidget:
        row = QWidget()
        grid = QGridLayout(row)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, box in enumerate(boxes):
            grid.addWidget(box, index // 3, index % 3)
        return row

    # --- state --------------------------------------------------------------

    def reset(self) -> None:
        """A new cramp: nothing ticked or noted yet."""
        for box in (*self.checklist, *self.helped, *self.tags):
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        self.note.setText("")
        self.set_area("")

    def set_area(self, routine_id: str) -> None:
        """Note where the cramp is (from an area button)."""
        self.area.blockSignals(True)
        self.area.setCurrentText(self.area_labels.get(routine_id, ""))
        self.area.blockSignals(False)

    def details(self) -> tuple[str, tuple[str, ...], tuple[str, ...], str]:
        """Area, what helped, tags and note, as the person left them."""
        return (
            self.area.currentText(),
            tuple(b.text() for b in self.helped if b.isChecked()),
            tuple(b.text() for b in self.tags if b.isChecked()),
            self.note.text().strip(),
        )

    def ticked(self) -> list[bool]:
        """Which checklist items are ticked off."""
        return [box.isChecked() for box in self.checklist]

    def show_timer(self, timer: CrampTimer) -> None:
        """The time so far, the button's label, and the warning once the limit is reached."""
        self.clock_label.setText(format_duration(timer.elapsed()))
        self.timer_button.setText("Cramp is over: stop timer" if timer.running else "Start timer")
        long = timer.over_limit()
        if long:
            self.warning.setText(
                f"\u26a0  This cramp has lasted {self._long_minutes} minutes or more. "
                f"{self._long_now}"
            )
        self.warning.setVisible(long)
        self.discard_button.setEnabled(timer.started)
