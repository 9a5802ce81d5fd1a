"""The editor's form: a routine's fields and its steps, read and written as plain data.

The form works on the same plain data a routine file holds (see
``core.routine_writer.routine_data``), so the loader can check a draft with
its own rules and messages, and each message can be put beside the field it
names.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from spasm_stretch.core.areas import KNOWN_AREAS, area_label, area_name, area_of
from spasm_stretch.core.routine_writer import number
from spasm_stretch.i18n.text import Text

STEP_KEYS = (
    "name", "instructions", "kind", "hold", "count", "tempo", "sides", "reps", "rest", "image",
    "flow",
)  # fmt: skip
HOLD, COUNTED, FLOW = "hold", "count", "flow"  # the step kinds, as the combo box's data
_KEY = Qt.ItemDataRole.UserRole
_POSE_IMAGE = Qt.ItemDataRole.UserRole


def slug(name: str) -> str:
    """An id made from a name: "Ankle pumps (mine)" becomes "ankle-pumps-mine"."""
    return "-".join(re.findall(r"[a-z0-9]+", name.lower()))[:40].strip("-")


class EditorWords(Text):
    """What the routine editor writes into a new draft, and its step kinds."""


DRAFT_HOLD = 30  # seconds: a new step's hold, and a hold's when its kind comes back


def new_step(number_: int) -> dict[str, Any]:
    """A fresh step with just enough to load, for the author to fill in."""
    return {
        "name": EditorWords.tr("Stretch {number}").format(number=number_),
        "instructions": [EditorWords.tr("Describe the stretch.")],
        "hold": DRAFT_HOLD,
    }


def kind_labels() -> dict[str, str]:
    """The step kinds in words."""
    return {
        HOLD: EditorWords.tr("Hold still"),
        COUNTED: EditorWords.tr("Count repetitions"),
        FLOW: EditorWords.tr("Alternate poses"),
    }


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b3261e;")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.hide()
    return label


def _seconds_box(low: float, high: float, step: float = 1.0) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setDecimals(1)
    box.setSingleStep(step)
    box.setSuffix(" s")
    return box


def _hold_value(text: str) -> int | float | str:
    """What a hold box holds, as the loader expects it: a number, or the text of a range."""
    try:
        return number(float(text))
    except ValueError:
        return text.strip()


class _Fields:
    """Widgets in a form layout, each with an error line under it."""

    def __init__(self, layout: QFormLayout) -> None:
        self.layout = layout
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}

    def add(self, key: str, label: str, widget: QWidget) -> None:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = _error_label()
        column.addWidget(error)
        widget.setAccessibleName(label.replace("&", "").rstrip(": "))  # "Nom :" too
        self.layout.addRow(label, box)
        self.widgets[key] = box
        self.errors[key] = error

    def show(self, key: str, shown: bool) -> None:
        self.layout.setRowVisible(self.widgets[key], shown)

    def set_errors(self, messages: dict[str, str]) -> None:
        for key, label in self.errors.items():
            label.setText(messages.get(key, ""))
            label.setVisible(key in messages)


class RoutineForm(QWidget):
    """Every field of a routine and its steps.

    Signals:
        changed(): the author changed something.
        picture_wanted(): the author asked to choose a picture for the current step.
    """

    changed = Signal()
    picture_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        """Make the routine's fields, the step list and the step's fields, then lay them out.

        Kept in one piece: it reads top to bottom as the form shows, each field a
        line or two of setup, and the rows that label them are listed beside them.
        """
        super().__init__(parent)
        self._steps: dict[int, dict[str, Any]] = {}
        self._keys = itertools.count()
        self._loading = False
        self.id_follows_name = False  # a new routine's id is made from its name until typed
        self.id = QLineEdit()
        self.name = QLineEdit()
        self.area = QComboBox()
        self.area.setEditable(True)
        self.area.addItems([area_label(area) for area in KNOWN_AREAS])  # or the author's own
        self.summary = QLineEdit()
        self.caution = QLineEdit()
        self.caution.setPlaceholderText(self.tr("optional"))
        self.prepare = _seconds_box(0, 120)
        self.switch = _seconds_box(0, 60)
        routine_box = QGroupBox(self.tr("Routine"))
        routine_layout = QFormLayout(routine_box)
        self.routine_fields = _Fields(routine_layout)
        routine_rows: tuple[tuple[str, str, QWidget], ...] = (
            ("name", self.tr("&Name:"), self.name),
            ("id", self.tr("&Id:"), self.id),
            ("area", self.tr("&Area:"), self.area),
            ("summary", self.tr("Summar&y:"), self.summary),
            ("caution", self.tr("&Caution:"), self.caution),
            ("prepare", self.tr("&Prepare:"), self.prepare),
            ("switch", self.tr("S&witch sides:"), self.switch),
        )
        for key, label, widget in routine_rows:
            self.routine_fields.add(key, label, widget)
        self.steps = QListWidget()
        self.steps.setAccessibleName(self.tr("Steps (drag, or Alt+Up and Alt+Down, to reorder)"))
        self.steps.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.steps.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.add_step = QPushButton(self.tr("Add &step"))
        self.remove_step = QPushButton(self.tr("Remo&ve step"))
        self.step_up = QPushButton(self.tr("Move up"))
        self.step_up.setToolTip(self.tr("Move the step up (Alt+Up)"))
        self.step_down = QPushButton(self.tr("Move down"))
        self.step_down.setToolTip(self.tr("Move the step down (Alt+Down)"))
        step_buttons = QGridLayout()  # two a row: "Move down" fits at 200 % text on 800 px
        for index, button in enumerate(
            (self.add_step, self.remove_step, self.step_up, self.step_down)
        ):
            step_buttons.addWidget(button, index // 2, index % 2)
        steps_box = QGroupBox(self.tr("Steps"))
        steps_layout = QVBoxLayout(steps_box)
        steps_layout.addWidget(self.steps, 1)
        steps_layout.addLayout(step_buttons)
        self.step_box = QGroupBox(self.tr("Step"))
        step_layout = QFormLayout(self.step_box)
        self.step_fields = _Fields(step_layout)
        self.step_name = QLineEdit()
        self.instructions = QPlainTextEdit()
        self.instructions.setPlaceholderText(self.tr("One sentence per line, in order"))
        self.instructions.setTabChangesFocus(True)
        self.instructions.setMaximumHeight(90)
        self.kind = QComboBox()
        for kind, label in kind_labels().items():
            self.kind.addItem(label, kind)
        self.hold = QLineEdit()
        self.hold.setPlaceholderText(self.tr("seconds: 30, or a range such as 20-30"))
        self.count = QSpinBox()
        self.count.setRange(1, 100)
        self.tempo = _seconds_box(0.5, 60, 0.5)
        self.both_sides = QCheckBox(self.tr("Left, then right"))
        self.reps = QSpinBox()
        self.reps.setRange(1, 20)
        self.rest = _seconds_box(0, 600, 5)
        self.picture = QLineEdit()
        self.picture.setReadOnly(True)
        self.picture.setPlaceholderText(self.tr("none"))
        self.choose_picture = QPushButton(self.tr("Choose picture…"))
        self.clear_picture = QPushButton(self.tr("No picture"))
        # The chosen picture itself, under its name: a photo is checked at a glance.
        self.picture_preview = QLabel()
        self.picture_preview.setAccessibleName(self.tr("The step's picture"))
        self.picture_preview.hide()
        picture_row = QWidget()
        picture_column = QVBoxLayout(picture_row)
        picture_column.setContentsMargins(0, 0, 0, 0)
        picture_layout = QHBoxLayout()
        picture_layout.addWidget(self.picture, 1)
        picture_layout.addWidget(self.choose_picture)
        picture_layout.addWidget(self.clear_picture)
        picture_column.addLayout(picture_layout)
        picture_column.addWidget(self.picture_preview)
        self.poses = QTableWidget(0, 3)
        self.poses.setHorizontalHeaderLabels(
            [self.tr("Pose"), self.tr("What to do"), self.tr("Seconds")]
        )
        # The pose word and its seconds are as wide as their titles and entries
        # (a fixed 100 px cut "Haltung" and "Seconds" at 200 %); what to do takes the rest.
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents,
            )
        ):
            self.poses.horizontalHeader().setSectionResizeMode(column, mode)
        self.poses.setMaximumHeight(110)
        self.add_pose = QPushButton(self.tr("Add pose"))
        self.remove_pose = QPushButton(self.tr("Remove pose"))
        poses_row = QWidget()
        poses_layout = QVBoxLayout(poses_row)
        poses_layout.setContentsMargins(0, 0, 0, 0)
        poses_layout.addWidget(self.poses)
        pose_buttons = QHBoxLayout()
        pose_buttons.addWidget(self.add_pose)
        pose_buttons.addWidget(self.remove_pose)
        pose_buttons.addStretch(1)
        poses_layout.addLayout(pose_buttons)
        step_rows: tuple[tuple[str, str, QWidget], ...] = (
            ("name", self.tr("Na&me:"), self.step_name),
            ("instructions", self.tr("Instructi&ons:"), self.instructions),
            ("kind", self.tr("&Kind:"), self.kind),
            ("count", self.tr("&Repetitions:"), self.count),
            ("tempo", self.tr("Tempo (eac&h):"), self.tempo),
            ("hold", self.tr("Ho&ld:"), self.hold),
            ("flow", self.tr("Pos&es:"), poses_row),
            ("sides", self.tr("Si&des:"), self.both_sides),
            ("reps", self.tr("&Repeat:"), self.reps),
            ("rest", self.tr("Rest a&fter:"), self.rest),
            ("image", self.tr("Pict&ure:"), picture_row),
        )
        for key, label, widget in step_rows:
            self.step_fields.add(key, label, widget)
        self.step_general = _error_label()
        step_layout.addRow(self.step_general)
        self._top_boxes = (routine_box, steps_box)
        self._top = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._top.addWidget(routine_box, 1)
        self._top.addWidget(steps_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._top)
        layout.addWidget(self.step_box)
        self._connect()

    def fit_width(self, width: int) -> None:
        """Routine and steps side by side where ``width`` holds both, else one above the other.

        With large text on a small screen side by side needed horizontal scrolling
        (the step buttons were cut at "Move down").
        """
        needed = sum(box.minimumSizeHint().width() for box in self._top_boxes)
        wide = needed + self._top.spacing() <= width
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self._top.direction() != direction:
            self._top.setDirection(direction)

    # --- wiring -----------------------------------------------------------

    def _connect(self) -> None:
        for line in (self.id, self.name, self.summary, self.caution):
            line.textChanged.connect(self._edited)
        self.name.textEdited.connect(self._name_typed)
        self.id.textEdited.connect(self._id_typed)
        self.area.currentTextChanged.connect(self._edited)
        for box in (self.prepare, self.switch):
            box.valueChanged.connect(self._edited)
        for line in (self.step_name, self.hold):
            line.textChanged.connect(self._step_edited)
        self.instructions.textChanged.connect(self._step_edited)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for spin in (self.count, self.reps):
            spin.valueChanged.connect(self._step_edited)
        for seconds in (self.tempo, self.rest):
            seconds.valueChanged.connect(self._step_edited)
        self.both_sides.toggled.connect(self._step_edited)
        self.poses.itemChanged.connect(self._step_edited)
        self.steps.currentItemChanged.connect(self._show_current_step)
        self.steps.model().rowsMoved.connect(self._edited)
        self.add_step.clicked.connect(self.append_step)
        self.remove_step.clicked.connect(self._remove_step)
        self.step_up.clicked.connect(lambda: self.move_step(-1))
        self.step_down.clicked.connect(lambda: self.move_step(1))
        self.add_pose.clicked.connect(self._add_pose)
        self.remove_pose.clicked.connect(self._remove_pose)
        self.choose_picture.clicked.connect(self.picture_wanted)
        self.clear_picture.clicked.connect(lambda: self.set_picture(""))
        for keys, move in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self.steps)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda m=move: self.move_step(m))

    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()

    def _name_typed(self, name: str) -> None:
        if self.id_follows_name:
            self.id.setText(slug(name))

    def _id_typed(self) -> None:
        self.id_follows_name = False

    def _step_edited(self) -> None:
        if self._loading:
            return
        key = self._current_key()
        if key is not None:
            self._steps[key] = self._read_step()
            self.steps.currentItem().setText(self._item_text(self._steps[key]))
        self.changed.emit()

    def _kind_changed(self) -> None:
        """A new kind keeps only what belongs to it.

        A hold's 30 s kept as the pause after each counted repetition would turn
        "10 x 2 s" into minutes; a hold needs its length back.
        """
        if not self._loading:
            kind = self.kind.currentData()
            if kind == COUNTED:
                self.hold.setText("")
            elif kind == HOLD and not self.hold.text().strip():
                self.hold.setText(str(DRAFT_HOLD))
        self._show_kind_rows()
        self._step_edited()

    # --- steps ------------------------------------------------------------

    def append_step(self) -> None:
        """Add a new step after the last one and select it."""
        item = self._add_item(new_step(self.steps.count() + 1))
        self.steps.setCurrentItem(item)
        self.step_name.setFocus()
        self.step_name.selectAll()
        self._edited()

    def _remove_step(self) -> None:
        row = self.steps.currentRow()
        if row < 0:
            return
        item = self.steps.takeItem(row)
        self._steps.pop(int(item.data(_KEY)), None)
        self.steps.setCurrentRow(min(row, self.steps.count() - 1))
        self._edited()

    def move_step(self, offset: int) -> None:
        """Move the current step ``offset`` places (-1 up, 1 down)."""
        row = self.steps.currentRow()
        target = row + offset
        if row < 0 or not 0 <= target < self.steps.count():
            return
        item = self.steps.takeItem(row)
        self.steps.insertItem(target, item)
        self.steps.setCurrentRow(target)
        self._edited()

    def _add_item(self, step: dict[str, Any]) -> QListWidgetItem:
        key = next(self._keys)
        self._steps[key] = step
        item = QListWidgetItem(self._item_text(step))
        item.setData(_KEY, key)
        self.steps.addItem(item)
        return item

    def _item_text(self, step: dict[str, Any]) -> str:
        name = str(step.get("name", "")) or self.tr("(no name)")
        if "count" in step:
            return f"{name}  ·  {step['count']} x {step.get('tempo', '?')} s"
        return f"{name}  ·  {step.get('hold', '?')} s"

    def _current_key(self) -> int | None:
        item = self.steps.currentItem()
        return None if item is None else int(item.data(_KEY))

    def current_step_index(self) -> int:
        """Row of the step shown in the step form (-1 when none)."""
        return self.steps.currentRow()

    def _show_current_step(self) -> None:
        key = self._current_key()
        self.step_box.setEnabled(key is not None)
        if key is not None:
            self._write_step(self._steps[key])

    def _write_step(self, step: dict[str, Any]) -> None:
        self._loading = True
        self.step_name.setText(str(step.get("name", "")))
        self.instructions.setPlainText("\n".join(str(s) for s in step.get("instructions", [])))
        kind = FLOW if "flow" in step else COUNTED if "count" in step else HOLD
        self.kind.setCurrentIndex(self.kind.findData(kind))
        hold = step.get("hold")
        self.hold.setText("" if hold is None else str(hold))
        self.count.setValue(int(step.get("count", 10)))
        self.tempo.setValue(float(step.get("tempo", 2)))
        self.both_sides.setChecked(step.get("sides") == "both")
        self.reps.setValue(int(step.get("reps", 1)))
        self.rest.setValue(float(step.get("rest", 0)))
        self.picture.setText(str(step.get("image", "")))
        self.poses.setRowCount(0)
        for pose in step.get("flow", []):
            self._append_pose_row(pose)
        self._show_kind_rows()
        self._loading = False

    def _read_step(self) -> dict[str, Any]:
        step: dict[str, Any] = {"name": self.step_name.text()}
        if self.picture.text():
            step["image"] = self.picture.text()
        sentences = [line.strip() for line in self.instructions.toPlainText().splitlines()]
        step["instructions"] = [s for s in sentences if s]
        kind = self.kind.currentData()
        if kind == COUNTED:
            step["count"] = self.count.value()
            step["tempo"] = number(self.tempo.value())
        if self.hold.text().strip():
            step["hold"] = _hold_value(self.hold.text())
        if self.both_sides.isChecked():
            step["sides"] = "both"
        if self.reps.value() != 1:
            step["reps"] = self.reps.value()
        if self.rest.value():
            step["rest"] = number(self.rest.value())
        if kind == FLOW:
            step["flow"] = [self._read_pose(row) for row in range(self.poses.rowCount())]
        return step

    def _show_kind_rows(self) -> None:
        kind = self.kind.currentData()
        # One name for one thing: "Repetitions" are a counted set's; "reps" repeat the whole
        # set (Sets) or the hold (Repeat), so they never read as the same word twice.
        reps = self.step_fields.layout.labelForField(self.step_fields.widgets["reps"])
        if isinstance(reps, QLabel):
            reps.setText(self.tr("S&ets:") if kind == COUNTED else self.tr("&Repeat:"))
            self.reps.setAccessibleName(reps.text().replace("&", "").rstrip(": "))
        self.reps.setSuffix("" if kind == COUNTED else " \u00d7")  # "Repeat: 3" and a times sign
        self.step_fields.show("count", kind == COUNTED)
        self.step_fields.show("tempo", kind == COUNTED)
        self.step_fields.show("flow", kind == FLOW)
        self.hold.setPlaceholderText(
            self.tr("optional: seconds to hold at the end of each repetition")
            if kind == COUNTED
            else self.tr("total seconds of alternating")
            if kind == FLOW
            else self.tr("seconds: 30, or a range such as 20-30")
        )

    # --- poses ------------------------------------------------------------

    def _append_pose_row(self, pose: dict[str, Any]) -> None:
        row = self.poses.rowCount()
        self.poses.insertRow(row)
        word = QTableWidgetItem(str(pose.get("pose", "")))
        if "image" in pose:
            word.setData(_POSE_IMAGE, str(pose["image"]))
        self.poses.setItem(row, 0, word)
        self.poses.setItem(row, 1, QTableWidgetItem(str(pose.get("cue", ""))))
        self.poses.setItem(row, 2, QTableWidgetItem(str(pose.get("seconds", 5))))

    def _read_pose(self, row: int) -> dict[str, Any]:
        def cell(column: int) -> str:
            item = self.poses.item(row, column)
            return item.text() if item is not None else ""

        pose: dict[str, Any] = {
            "pose": cell(0),
            "cue": cell(1),
            "seconds": _hold_value(cell(2)),
        }
        word = self.poses.item(row, 0)
        if word is not None and word.data(_POSE_IMAGE):
            pose["image"] = str(word.data(_POSE_IMAGE))
        return pose

    def _add_pose(self) -> None:
        self._loading = True
        self._append_pose_row({"pose": self.tr("Pose"), "cue": self.tr("What to do"), "seconds": 5})
        self._loading = False
        self._step_edited()

    def _remove_pose(self) -> None:
        if self.poses.currentRow() >= 0:
            self.poses.removeRow(self.poses.currentRow())
            self._step_edited()

    # --- the whole draft --------------------------------------------------

    def show_picture(self, image: QImage | None) -> None:
        """Show the current step's picture (None: it has none, or it cannot be read)."""
        self.picture_preview.setVisible(image is not None and not image.isNull())
        if image is not None and not image.isNull():
            self.picture_preview.setPixmap(QPixmap.fromImage(image))
            self.picture_preview.setFixedSize(image.size())  # whole, never squeezed to a strip

    def set_picture(self, name: str) -> None:
        """Use the picture ``name`` (as the routine file will name it) for the current step."""
        self.picture.setText(name)
        self._step_edited()

    def set_data(self, data: dict[str, Any]) -> None:
        """Fill the form from a routine's plain data."""
        self._loading = True
        self.id.setText(str(data.get("id", "")))
        self.name.setText(str(data.get("name", "")))
        area = str(data.get("area", ""))
        self.area.setCurrentText(area_name(area) or area)
        self.summary.setText(str(data.get("summary", "")))
        self.caution.setText(str(data.get("caution", "")))
        self.prepare.setValue(float(data.get("prepare", 5)))
        self.switch.setValue(float(data.get("switch", 5)))
        self.steps.clear()
        self._steps.clear()
        for step in data.get("steps", []):
            self._add_item(dict(step))
        self._loading = False
        self.steps.setCurrentRow(0)

    def data(self) -> dict[str, Any]:
        """The draft as a routine file's plain data, in the format's field order."""
        data: dict[str, Any] = {
            "id": self.id.text().strip(),
            "name": self.name.text(),
            "area": area_of(self.area.currentText()),
            "summary": self.summary.text(),
        }
        if self.caution.text().strip():
            data["caution"] = self.caution.text()
        data["prepare"] = number(self.prepare.value())
        data["switch"] = number(self.switch.value())
        keys = [int(self.steps.item(row).data(_KEY)) for row in range(self.steps.count())]
        data["steps"] = [self._steps[key] for key in keys]
        return data

    def show_problems(
        self, routine: dict[str, str], steps: dict[int, dict[str, str]], general: Sequence[str]
    ) -> None:
        """Put each message beside its field: routine fields, the current step's, and the rest."""
        self.routine_fields.set_errors(routine)
        current = steps.get(self.current_step_index(), {})
        self.step_fields.set_errors({k: v for k, v in current.items() if k in STEP_KEYS})
        step_rest = [v for k, v in current.items() if k not in STEP_KEYS]
        self.step_general.setText("\n".join([*step_rest, *general]))
        self.step_general.setVisible(bool(step_rest or general))
        for row in range(self.steps.count()):
            item = self.steps.item(row)
            key = int(item.data(_KEY))
            marker = "⚠ " if row in steps else ""
            item.setText(marker + self._item_text(self._steps[key]))
