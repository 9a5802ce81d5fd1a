"""The warning above the routine list: which of one's files could not be loaded, and why.

A routine a person wrote that silently fails to appear is the worst outcome,
so each problem is shown in full (file, line, field) with buttons that open
the file or its folder in the system's own applications. The panel hides
itself entirely when nothing is wrong, leaving no empty box behind.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from spasm_stretch.core.problems import Problem, Severity
from spasm_stretch.ui.widgets.warning_label import WARNING_COLOURS

MAX_SHOWN = 4


def open_in_system(path: Path) -> bool:
    """Open ``path`` (a file or a folder) with the desktop's own application."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ProblemPanel(QFrame):
    """A red panel listing routine problems, each with "Open file" and "Show folder"."""

    def __init__(
        self, opener: Callable[[Path], bool] = open_in_system, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._opener = opener
        self.setObjectName("routineProblems")
        self.setAccessibleName(self.tr("Routine files that could not be loaded"))
        self.setStyleSheet(
            f"#routineProblems {{ background: {WARNING_COLOURS[0]}; border-radius: 6px; }}"
            f"#routineProblems QLabel {{ color: {WARNING_COLOURS[1]}; }}"
        )
        self._rows = QVBoxLayout(self)
        self._rows.setContentsMargins(10, 8, 10, 8)
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self._rows.addWidget(self.heading)
        self._row_widgets: list[QWidget] = []
        self._labels: list[QLabel] = []
        self.hide()

    def messages(self) -> list[str]:
        """The problem lines as shown, for tests and screen readers."""
        return [label.text() for label in self._labels]

    def set_problems(self, problems: Sequence[Problem]) -> None:
        """Show ``problems`` (errors first), or hide the panel when there are none."""
        for widget in self._row_widgets:
            self._rows.removeWidget(widget)
            widget.deleteLater()
        self._row_widgets = []
        self._labels = []
        ordered = sorted(problems, key=lambda p: p.severity is not Severity.ERROR)
        errors = sum(p.severity is Severity.ERROR for p in problems)
        # English has no .qm to give a "%n" message its singular: one is its own message.
        if errors == 1:
            self.heading.setText(self.tr("1 routine file could not be loaded"))
        elif errors:
            self.heading.setText(self.tr("%n routine files could not be loaded", "", errors))
        elif len(problems) == 1:
            self.heading.setText(self.tr("1 warning about routine files"))
        else:
            self.heading.setText(self.tr("%n warnings about routine files", "", len(problems)))
        for problem in ordered[:MAX_SHOWN]:
            self._row_widgets.append(self._row(problem))
        if len(ordered) > MAX_SHOWN:
            more = QWidget()
            more_layout = QHBoxLayout(more)
            more_layout.setContentsMargins(0, 0, 0, 0)
            more_layout.addWidget(
                QLabel(self.tr("and {count} more").format(count=len(ordered) - MAX_SHOWN))
            )
            self._row_widgets.append(more)
        for widget in self._row_widgets:
            self._rows.addWidget(widget)
        self.setVisible(bool(problems))

    def _row(self, problem: Problem) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(str(problem))
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        self._labels.append(label)
        layout.addWidget(label, 1)
        open_file = QPushButton(self.tr("Open file"))
        open_file.setAccessibleName(
            self.tr("Open {file} in a text editor").format(file=problem.path.name)
        )
        open_file.clicked.connect(lambda _=False, p=problem.path: self._opener(p))
        open_file.setEnabled(problem.path.is_file())
        show_folder = QPushButton(self.tr("Show folder"))
        show_folder.setAccessibleName(
            self.tr("Show the folder holding {file}").format(file=problem.path.name)
        )
        show_folder.clicked.connect(lambda _=False, p=problem.path.parent: self._opener(p))
        layout.addWidget(open_file)
        layout.addWidget(show_folder)
        return row
