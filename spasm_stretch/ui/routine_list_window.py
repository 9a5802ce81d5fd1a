"""A plain window listing the routines, until the full session window lands."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListWidget, QMainWindow, QVBoxLayout, QWidget

from spasm_stretch.core.catalog import Catalog
from spasm_stretch.core.plan import format_duration, make_plan


class RoutineListWindow(QMainWindow):
    """Shows every routine that loaded, and every problem, so nothing is hidden."""

    def __init__(self, catalog: Catalog) -> None:
        super().__init__()
        self.setWindowTitle("spasm-stretch")
        self.routine_list = QListWidget()
        self.routine_list.setAccessibleName("Routines")
        for routine in catalog.routines:
            total = format_duration(make_plan(routine).total)
            self.routine_list.addItem(f"{routine.name} - {routine.area}, {total}")
        self.problem_list = QListWidget()
        self.problem_list.setAccessibleName("Problems")
        self.problem_list.addItems([str(p) for p in catalog.problems])
        self.problem_list.setVisible(bool(catalog.problems))
        layout = QVBoxLayout()
        layout.addWidget(QLabel("Routines"))
        layout.addWidget(self.routine_list, 3)
        layout.addWidget(self.problem_list, 1)
        central = QWidget()
        central.setLayout(layout)
        self.setCentralWidget(central)
        self.resize(640, 480)
