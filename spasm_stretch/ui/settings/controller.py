"""Settings and Mute: the dialog that edits the settings model, and the key that mutes.

The dialog edits a copy and hands back whole settings after every change;
the model saves them and tells its subscribers, so nothing here fans a
change out by hand. The look (theme and text size) follows the model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

from spasm_stretch.ui.widgets.actions import GLYPH, make_action
from spasm_stretch.ui.widgets.theme import apply_look

if TYPE_CHECKING:  # types only (the dialog is built the first time it opens)
    from spasm_stretch.settings.store import AppSettings
    from spasm_stretch.ui.services import Services
    from spasm_stretch.ui.session.sound import SessionSound
    from spasm_stretch.ui.settings.dialog import SettingsDialog

# What the look is made of: the theme, the text size and the night theme by the clock.
LOOK_FIELDS = frozenset({"theme", "text_scale", "night_auto", "night_start", "night_end"})


class SettingsController(QObject):
    """Owns the settings dialog and the Settings and Mute actions."""

    def __init__(self, services: Services, sound: SessionSound, owner: QWidget) -> None:
        super().__init__(owner)
        self.services = services
        self.sound = sound
        self._owner = owner
        self.dialog: SettingsDialog | None = None
        self.settings_action = make_action(
            owner, self.tr("Se&ttings..."), ["Ctrl+,"],
            self.tr("Hold length, timings, sound, theme, text size"), self.open,
        )  # fmt: skip
        self.mute_action = make_action(
            owner, self.tr("&Mute"), ["M"], self.tr("Sound cues on or off"), self._toggle_mute,
            checkable=True,
        )  # fmt: skip
        self.actions = [self.settings_action, self.mute_action]
        self._show_mute(services.settings.value)
        services.settings.changed.connect(self._follow)
        services.catalog.changed.connect(self._forget_dialog)

    def open(self) -> SettingsDialog:
        """Open the settings dialog; changes apply and are saved as they are made."""
        if self.dialog is None:
            from spasm_stretch.ui.settings.dialog import SettingsDialog
            from spasm_stretch.ui.settings.relief import button_choices

            services = self.services
            audio = services.audio
            self.dialog = SettingsDialog(
                services.settings.value, audio.name, self._owner,
                voice_unavailable=self.sound.voice().reason,
                cramp_buttons=button_choices(
                    [(area.label, area.routine_id) for area in services.guidance.relief.areas],
                    [(r.id, r.name, r.area) for r in services.catalog.current.routines],
                ),
                devices=audio.devices(), test_sound=audio.test_sound,
            )  # fmt: skip
            self.dialog.changed.connect(services.settings.replace)
        self.dialog.open()
        return self.dialog

    def _toggle_mute(self) -> None:
        self.services.settings.update(sound=not self.mute_action.isChecked())

    def _show_mute(self, settings: AppSettings) -> None:
        self.mute_action.setChecked(not settings.sound)
        self.mute_action.setProperty(GLYPH, "sound-off" if not settings.sound else "sound-on")

    def _follow(self, settings: AppSettings, changed: frozenset[str]) -> None:
        """The mute key's state, and the look when one of its fields changed.

        Not on every change: a bedtime reminder's night look must survive the
        routine it starts being remembered as the last one.
        """
        self._show_mute(settings)
        app = QApplication.instance()
        if changed & LOOK_FIELDS and isinstance(app, QApplication):
            apply_look(app, settings)

    def _forget_dialog(self) -> None:
        """Its cramp-button choices list the old routines: build it afresh next time."""
        if self.dialog is not None and not self.dialog.isVisible():
            self.dialog.deleteLater()
            self.dialog = None
