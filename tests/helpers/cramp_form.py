"""Fill the cramp form (add or edit a cramp) the moment the history page opens it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from spasm_stretch.ui.log.cramp_editor import CrampEditor


def in_editor(fill: Callable[[CrampEditor], None]) -> None:
    """Fill the cramp form as soon as it opens, then press Save."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CrampEditor)
        fill(dialog)
        dialog.accept()

    QTimer.singleShot(0, act)
