"""Which routine each cramp button runs: the built-in one, or another of the same area."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget


@dataclass(frozen=True)
class ButtonChoice:
    """One cramp button: its label, its area key, and the routines it may run (id, name)."""

    label: str
    area: str
    routines: tuple[tuple[str, str], ...]


class ReliefRoutines(QWidget):
    """A combo box per cramp button.

    Signals:
        changed(): a button now runs another routine.
    """

    changed = Signal()

    def __init__(self, choices: Sequence[ButtonChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.boxes: dict[str, QComboBox] = {}
        for choice in choices:
            box = QComboBox()
            box.setAccessibleName(
                #: {label}: the button as written, for languages that keep its capitals.
                self.tr("Routine for the {button} cramp button").format(
                    button=choice.label.lower(), label=choice.label
                )
            )
            for routine_id, name in choice.routines:
                box.addItem(name, routine_id)
            box.currentIndexChanged.connect(self.changed)
            form.addRow(self.tr("{button}:").format(button=choice.label), box)
            self.boxes[choice.area] = box

    def show_chosen(self, chosen: dict[str, str]) -> None:
        """Select each button's routine (its built-in one when nothing else is chosen)."""
        for area, box in self.boxes.items():
            box.blockSignals(True)
            index = box.findData(chosen.get(area, area))
            box.setCurrentIndex(max(0, index))
            box.blockSignals(False)

    def chosen(self) -> tuple[tuple[str, str], ...]:
        """The buttons whose routine differs from their built-in one."""
        return tuple(
            sorted(
                (area, box.currentData())
                for area, box in self.boxes.items()
                if box.currentData() not in (None, area)
            )
        )


def button_choices(
    areas: Sequence[tuple[str, str]], routines: Sequence[tuple[str, str, str]]
) -> list[ButtonChoice]:
    """For each (label, area key), the routines (id, name, area) of the same body area.

    The area key is the built-in routine's id; its body area is that routine's.
    """
    body_area = {routine_id: area for routine_id, _, area in routines}
    return [
        ButtonChoice(
            label,
            key,
            tuple((rid, name) for rid, name, area in routines if area == body_area.get(key)),
        )
        for label, key in areas
        if key in body_area
    ]
