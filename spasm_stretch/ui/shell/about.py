"""The About box: version and medical disclaimer, scrolling when the text is large."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from spasm_stretch.ui.widgets.scrolling import vertical_scroll

MAX_SIZE = QSize(640, 520)  # fits an 800x600 screen with its frame at any text size


class AboutDialog(QDialog):
    """A message box that scrolls: at 200 % text the disclaimer is taller than the screen."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.label = QLabel(text)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleDescription(title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(vertical_scroll(self.label, title), 1)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry()
        self.resize(
            min(MAX_SIZE.width(), screen.width()), min(MAX_SIZE.height(), screen.height() - 40)
        )

    def text(self) -> str:
        """What the box says."""
        return self.label.text()
