"""A form for one cramp: add one from last night, or put right what the log says.

Every field a person can know afterwards: when, where, which side, about how
long (or "I don't know"), how bad, what helped, tags and a note of any length.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from spasm_stretch.core.cramp import side_text
from spasm_stretch.core.log_review import sign_label
from spasm_stretch.core.log_words import elsewhere
from spasm_stretch.core.records import RED_SIGNS, EndKind, Episode
from spasm_stretch.i18n.language import SOURCE_LANGUAGE
from spasm_stretch.i18n.text import current_language

if TYPE_CHECKING:
    from spasm_stretch.core.content import Relief

SIDES = ("", "left", "right")


def when_format() -> str:
    """How the start of a cramp is edited: English keeps its weekday form, others the locale's."""
    if current_language() == SOURCE_LANGUAGE:
        return "ddd d MMM yyyy  HH:mm"
    locale = QLocale()
    return f"ddd {locale.dateFormat(QLocale.FormatType.ShortFormat)}  HH:mm"


def _boxes(items: tuple[str, ...], ticked: tuple[str, ...]) -> tuple[QWidget, list[QCheckBox]]:
    row = QWidget()
    grid = QGridLayout(row)
    grid.setContentsMargins(0, 0, 0, 0)
    boxes = []
    for index, item in enumerate(dict.fromkeys((*items, *ticked))):  # keep odd old values too
        box = QCheckBox(item)
        box.setChecked(item in ticked)
        grid.addWidget(box, index // 3, index % 3)
        boxes.append(box)
    return row, boxes


class CrampEditor(QDialog):
    """Add or edit one cramp; ``episode()`` gives the record as the form now says."""

    def __init__(self, relief: Relief, episode: Episode | None, parent: QWidget | None) -> None:
        """Make one field per row, filled from ``episode``, then lay the rows out in order.

        Kept in one piece: each field is a few lines of setup, and the form at the
        end lists every row as the dialog shows them.
        """
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit a cramp") if episode else self.tr("Add a past cramp"))
        self._original = episode or Episode(
            0, datetime.now().astimezone().replace(second=0, microsecond=0), None, "",
            (), (), "", end=EndKind.UNKNOWN,
        )  # fmt: skip
        original = self._original
        self.when = QDateTimeEdit(QDateTime.fromSecsSinceEpoch(int(original.started.timestamp())))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(when_format())
        self.when.setMaximumDateTime(QDateTime.currentDateTime().addSecs(60))
        self.when.setAccessibleName(self.tr("When the cramp started"))
        self._when_changed = False
        self.when.dateTimeChanged.connect(self._moved)
        self.area = QComboBox()
        areas = ["", *(a.label for a in relief.areas), elsewhere(), original.area]
        self.area.addItems(list(dict.fromkeys(areas)))
        self.area.setCurrentText(original.area)
        self.area.setAccessibleName(self.tr("Where the cramp was"))
        self.side = QComboBox()
        self.side.addItems(
            [self.tr("not a leg / not noted"), side_text("left"), side_text("right")]
        )
        self.side.setCurrentIndex(SIDES.index(original.side) if original.side in SIDES else 0)
        self.side.setAccessibleName(self.tr("Which side"))
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 24 * 60)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("About how long it lasted, in minutes"))
        self._shown_minutes = max(1, round(original.minutes)) if original.minutes else 2
        self.minutes.setValue(self._shown_minutes)
        self.unknown = QCheckBox(self.tr("I don't know how long"))
        self.unknown.setChecked(original.minutes is None)
        self.unknown.toggled.connect(lambda on: self.minutes.setEnabled(not on))
        self.minutes.setEnabled(original.minutes is not None)
        length = QHBoxLayout()
        length.addWidget(self.minutes)
        length.addWidget(self.unknown)
        length.addStretch(1)
        self.severity = QSpinBox()
        self.severity.setRange(0, 10)
        self.severity.setSpecialValueText(self.tr("not rated"))
        self.severity.setSuffix(self.tr(" of 10"))
        self.severity.setValue(original.severity or 0)
        self.severity.setAccessibleName(self.tr("How bad it was, 1 to 10"))
        helped_row, self.helped = _boxes(relief.helped, original.helped)
        tags_row, self.tags = _boxes(relief.tags, original.tags)
        # Labels in the reader's words, stored as keys: so a flag never depends on a language.
        signs_row, sign_boxes = _boxes(
            tuple(sign_label(sign) for sign in RED_SIGNS),
            tuple(sign_label(sign) for sign in original.signs if sign in RED_SIGNS),
        )
        self.signs = dict(zip(RED_SIGNS, sign_boxes, strict=True))
        self.note = QPlainTextEdit(original.note)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Started:"), self.when)
        form.addRow(self.tr("Where:"), self.area)
        form.addRow(self.tr("Side:"), self.side)
        form.addRow(self.tr("How long:"), length)
        form.addRow(self.tr("How bad:"), self.severity)
        form.addRow(self.tr("What helped:"), helped_row)
        form.addRow(self.tr("Tags:"), tags_row)
        form.addRow(self.tr("It came with:"), signs_row)
        form.addRow(self.tr("Note:"), self.note)
        form.addRow(buttons)

    def _moved(self) -> None:
        self._when_changed = True

    def episode(self) -> Episode:
        """The cramp as the form says it now (the id of the one edited, or 0 for a new one)."""
        original = self._original
        started = original.started  # unchanged: keep the instant (and seconds) the log had
        if self._when_changed:
            chosen = self.when.dateTime().toPython()
            assert isinstance(chosen, datetime)
            started = chosen.astimezone()
        if self.unknown.isChecked():
            ended, end = None, EndKind.UNKNOWN
        elif self.minutes.value() == self._shown_minutes and original.ended is not None:
            ended, end = started + (original.ended - original.started), original.end
        else:
            ended, end = started + timedelta(minutes=self.minutes.value()), EndKind.ESTIMATED
        return dataclasses.replace(
            original,
            started=started,
            ended=ended,
            end=end,
            area=self.area.currentText(),
            side=SIDES[self.side.currentIndex()],
            severity=self.severity.value() or None,
            helped=tuple(box.text() for box in self.helped if box.isChecked()),
            tags=tuple(box.text() for box in self.tags if box.isChecked()),
            signs=(
                *(sign for sign in original.signs if sign not in RED_SIGNS),  # kept as found
                *(sign for sign, box in self.signs.items() if box.isChecked()),
            ),
            note=self.note.toPlainText().strip(),
        )
