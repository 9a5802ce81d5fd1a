"""Settings by keyboard: each Alt letter reaches one field, and Enter never opens a file chooser."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from spasm_stretch.ui.shell.window import MainWindow

WindowFactory = Callable[..., MainWindow]


def mnemonics(root: QWidget) -> Counter[str]:
    """The Alt letters shown under ``root`` ("&&" is a literal ampersand, not a letter)."""
    letters: Counter[str] = Counter()
    for widget in root.findChildren(QWidget):
        if isinstance(widget, (QLabel, QAbstractButton)) and not widget.isHidden():
            found = re.search(r"(?<!&)&([^&\s])", widget.text().replace("&&", ""))
            if found:
                letters[found.group(1).casefold()] += 1
    return letters


@pytest.mark.parametrize("language", ["en", "de", "fr", "es"], indirect=True)
def test_each_alt_letter_in_settings_reaches_one_field(
    language: str, make_window: WindowFactory
) -> None:
    del language
    window = make_window()
    dialog = window.preferences.open()
    assert mnemonics(dialog), "the dialog shows its Alt letters"
    twice = {letter: n for letter, n in mnemonics(dialog).items() if n > 1}
    dialog.close()
    assert twice == {}


def test_settings_open_on_the_first_field_and_enter_chooses_no_sound_file(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    dialog = window.preferences.open()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    assert QApplication.focusWidget() is dialog.hold
    chosen: list[str] = []
    for button in dialog.sounds.choose.values():
        button.clicked.connect(lambda: chosen.append("file chooser"))
    qtbot.keyClick(dialog.hold, Qt.Key.Key_Return)
    assert chosen == []
    dialog.close()
