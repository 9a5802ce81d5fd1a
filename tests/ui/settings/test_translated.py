"""Settings, reminders, the editor and the tray in German: every word theirs, and still working.

Widgets that used to read their own English text back (the editor's step
kind, a cue's name in the sound settings) must work the same in any language.
"""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from spasm_stretch.core.cues import Cue
from spasm_stretch.core.reminders import Reminder
from spasm_stretch.desktop.tray import Tray
from spasm_stretch.settings.store import AppSettings
from spasm_stretch.ui.editor.form import RoutineForm
from spasm_stretch.ui.settings.dialog import SettingsDialog
from spasm_stretch.ui.settings.reminders import RemindersDialog
from spasm_stretch.ui.settings.sound import SoundSettings
from tests.helpers.language import spoken


def test_a_counted_step_chosen_in_german_is_saved_as_counted(qtbot: QtBot) -> None:
    with spoken("de"):
        form = RoutineForm()
        qtbot.addWidget(form)
        form.set_data({"steps": [{"name": "Fußpumpe", "instructions": ["Pumpen."], "hold": 30}]})
        assert [form.kind.itemText(i) for i in range(form.kind.count())] == [
            "Halten", "Wiederholungen zählen", "Haltungen abwechseln",
        ]  # fmt: skip
        form.kind.setCurrentIndex(form.kind.findText("Wiederholungen zählen"))
        form.count.setValue(12)
        step = form.data()["steps"][0]
        assert (step["count"], step["tempo"]) == (12, 2)
        assert not form.step_fields.layout.isRowVisible(form.step_fields.widgets["flow"])
        assert form.hold.placeholderText().startswith("optional: Sekunden, die am Ende")


def test_a_bad_sound_file_names_the_cue_in_german(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "notiz.wav"
    bad.write_text("kein Ton")
    monkeypatch.setattr(SoundSettings, "ask_file", classmethod(lambda cls, parent, label: str(bad)))
    with spoken("de"):
        dialog = SettingsDialog(AppSettings())
        qtbot.addWidget(dialog)
        dialog.sounds.choose[Cue.SWITCH_SIDES].click()
        message = dialog.sounds.message.text()
        assert message.startswith("notiz.wav ist keine WAV-Datei; speichern Sie sie als WAV")
        assert message.endswith("; „Seite wechseln“ behält seinen Ton.")
        assert dialog.sounds.files[Cue.SWITCH_SIDES].text() == "Mitgeliefert"


def test_the_reminders_dialog_speaks_french_with_french_days(qtbot: QtBot) -> None:
    settings = AppSettings(reminders=(Reminder(time(21, 30), "calf"),))
    with spoken("fr"):
        dialog = RemindersDialog(settings, [("calf", "Mollet")], "des notifications du bureau")
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Rappels et bureau"
        intro = " ".join(label.text() for label in dialog.findChildren(QLabel))
        assert "Ils arrivent par des notifications du bureau" in intro
        row = dialog.rows[0]
        assert [box.text() for box in row.days][:3] == ["Lu", "Ma", "Me"]
        assert row.days[0].accessibleName() == "Rappeler le lundi"
        assert row.bedtime.text() == "Au coucher (sombre)"


def test_the_tray_menu_speaks_spanish(qtbot: QtBot) -> None:
    from PySide6.QtGui import QIcon

    with spoken("es"):
        tray = Tray(QIcon())
        tray.set_routines([("calf", "Pantorrilla")])
        tray.set_state(
            window_shown=True, next_line="", tooltip="", can_snooze=False, skipping=False,
            paused=False,
        )  # fmt: skip
        texts = [action.text() for action in tray.menu.actions() if action.text()]
        assert texts == [
            "Ocultar ventana", "Alivio rápido", "Iniciar Pantorrilla",
            "Recordar en 15\u00a0min", "Omitir hoy", "Pausar recordatorios", "Recordatorios...",
            "Salir",
        ]  # fmt: skip
        tray.close()
