"""The Language setting: the system's or a shipped one, kept, and shown in the language in use."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from spasm_stretch.settings.store import AppSettings, SettingsStore
from spasm_stretch.ui.settings.dialog import SettingsDialog
from tests.helpers.language import spoken

GERMAN_SYSTEM = {"LANG": "de_DE.UTF-8"}


def test_the_choices_are_the_system_default_then_each_language_by_its_own_name(
    qtbot: QtBot,
) -> None:
    dialog = SettingsDialog(AppSettings(), environ=GERMAN_SYSTEM)
    qtbot.addWidget(dialog)
    combo = dialog.language.combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "System default (Deutsch)", "English", "Deutsch", "Français", "Español",
    ]  # fmt: skip
    assert combo.currentText() == "System default (Deutsch)"


def test_the_chosen_language_is_saved_and_read_back(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    dialog = SettingsDialog(AppSettings(), environ={})
    qtbot.addWidget(dialog)
    store = SettingsStore(QSettings(str(path), QSettings.Format.IniFormat))
    dialog.changed.connect(store.save)
    dialog.language.combo.setCurrentIndex(dialog.language.combo.findText("Español"))
    loaded = SettingsStore(QSettings(str(path), QSettings.Format.IniFormat)).load()
    assert loaded.language == "es"
    again = SettingsDialog(loaded, environ={})
    qtbot.addWidget(again)
    assert again.language.combo.currentText() == "Español"
    again.language.combo.setCurrentIndex(0)
    assert again.settings().language == ""  # back to following the system


def test_a_change_says_it_applies_at_the_next_start(qtbot: QtBot) -> None:
    """The window speaks English; choosing French says when it takes effect."""
    dialog = SettingsDialog(AppSettings(), environ={"LANG": "en_GB.UTF-8"})
    qtbot.addWidget(dialog)
    assert dialog.language.note.isHidden()  # the system's English is what is spoken now
    dialog.language.combo.setCurrentIndex(dialog.language.combo.findText("Français"))
    assert not dialog.language.note.isHidden()
    assert dialog.language.note.text() == "Applies the next time spasm-stretch starts."
    dialog.language.combo.setCurrentIndex(dialog.language.combo.findText("English"))
    assert dialog.language.note.isHidden()


def test_a_german_window_shows_the_choice_in_german(qtbot: QtBot) -> None:
    with spoken("de"):
        dialog = SettingsDialog(AppSettings(language="de"), environ={"LANG": "fr_FR.UTF-8"})
        qtbot.addWidget(dialog)
        combo = dialog.language.combo
        assert combo.itemText(0) == "Systemsprache (Français)"
        assert combo.currentText() == "Deutsch"
        assert dialog.language.note.isHidden()  # German is what the window speaks
        combo.setCurrentIndex(0)
        assert dialog.language.note.text() == "Gilt ab dem nächsten Start von spasm-stretch."
        assert not dialog.language.note.isHidden()
        assert combo.accessibleName() == "Sprache"
        assert dialog.windowTitle() == "Einstellungen"
        assert dialog.theme.itemText(1) == "Hell"
