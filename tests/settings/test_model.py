"""The settings model: one place to change settings, saved at once, subscribers told what."""

from __future__ import annotations

import dataclasses
import typing
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from spasm_stretch.settings.model import SettingsChange, SettingsModel
from spasm_stretch.settings.store import AppSettings, SettingsStore, Theme


def _model(tmp_path: Path) -> SettingsModel:
    ini = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return SettingsModel(SettingsStore(ini))


def test_a_change_is_saved_and_names_what_changed(tmp_path: Path, qtbot: QtBot) -> None:
    """Turning the sound off and the volume down is kept for the next start, and said once."""
    model = _model(tmp_path)
    with qtbot.waitSignal(model.changed) as told:
        model.update(sound=False, volume=30)
    settings, names = told.args
    assert names == frozenset({"sound", "volume"})
    assert (settings.sound, settings.volume) == (False, 30)
    again = _model(tmp_path)
    assert (again.value.sound, again.value.volume) == (False, 30)


def test_nothing_changed_tells_nobody(tmp_path: Path, qtbot: QtBot) -> None:
    """Setting a value to what it already is wakes no subscriber (no redraw, no re-aimed timer)."""
    model = _model(tmp_path)
    with qtbot.assertNotEmitted(model.changed):
        model.update(theme=model.value.theme)
        model.replace(dataclasses.replace(model.value))


def test_a_whole_new_set_names_only_its_differences(tmp_path: Path, qtbot: QtBot) -> None:
    """The dialog hands back whole settings; subscribers still learn only what differs."""
    model = _model(tmp_path)
    with qtbot.waitSignal(model.changed) as told:
        model.replace(dataclasses.replace(model.value, theme=Theme.NIGHT))
    assert told.args[1] == frozenset({"theme"})


def test_every_setting_can_be_changed_through_the_typed_update() -> None:
    """The typed update lists exactly the settings there are, with the same types."""
    fields = {field.name: field.type for field in dataclasses.fields(AppSettings)}
    hints = typing.get_type_hints(SettingsChange)
    assert set(hints) == set(fields)
    resolved = typing.get_type_hints(AppSettings)
    assert all(hints[name] == resolved[name] for name in fields)
