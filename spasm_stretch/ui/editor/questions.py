"""A question with a few named answers and Cancel, as the editor and import ask them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QMessageBox, QWidget

Answer = tuple[str, str, QMessageBox.ButtonRole]  # (what it returns, button text, role)


def choose(parent: QWidget, title: str, text: str, answers: Sequence[Answer]) -> str:
    """Ask ``text``; return the chosen answer's value, or "" for Cancel (or Escape)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    buttons = [(box.addButton(label, role), value) for value, label, role in answers]
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    return next((value for button, value in buttons if button is clicked), "")
