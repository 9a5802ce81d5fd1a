"""The settings as one observable model: change them in one place, and whoever cares follows.

Before this, every change was fanned out by hand (the window saved, then told
the theme, the sound, the picker and the desktop side in turn). Now a change
goes through ``update`` or ``replace``; the model saves it and emits
``changed`` with the names of the fields that really changed, and the theme,
sound, views and reminders each subscribe to what they need.
"""

from __future__ import annotations

import dataclasses
from typing import TypedDict, Unpack

from PySide6.QtCore import QObject, Signal

from spasm_stretch.core.cues import Cue
from spasm_stretch.core.model import HoldChoice
from spasm_stretch.core.reminders import Reminder
from spasm_stretch.settings.store import AppSettings, SettingsStore, Theme


class SettingsChange(TypedDict, total=False):
    """The fields of AppSettings, each optional: a typed ``update``."""

    hold: HoldChoice
    prepare: float | None
    rest: float | None
    sound: bool
    volume: int
    muted_cues: frozenset[Cue]
    output_device: str
    own_sounds: tuple[tuple[Cue, str], ...]
    voice: bool
    theme: Theme
    text_scale: int
    night_auto: bool
    night_start: int
    night_end: int
    disclaimer_seen: bool
    last_routine: str
    reminders: tuple[Reminder, ...]
    reminders_paused: bool
    keep_in_tray: bool | None
    relief_routines: tuple[tuple[str, str], ...]
    last_side: str
    acknowledged_flags: frozenset[str]
    language: str


class SettingsModel(QObject):
    """The person's settings, saved on every change.

    Signals:
        changed(AppSettings, frozenset[str]): the new settings and the names
            of the fields that changed (never emitted when nothing did).
    """

    changed = Signal(object, object)

    def __init__(self, store: SettingsStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._value = store.load()

    @property
    def value(self) -> AppSettings:
        """The settings now."""
        return self._value

    def update(self, **changes: Unpack[SettingsChange]) -> None:
        """Change some fields, save, and tell the subscribers."""
        self.replace(dataclasses.replace(self._value, **changes))

    def replace(self, settings: AppSettings) -> None:
        """Take a whole new set of settings (from a dialog), save, and tell the subscribers."""
        names = frozenset(
            field.name
            for field in dataclasses.fields(AppSettings)
            if getattr(settings, field.name) != getattr(self._value, field.name)
        )
        if not names:
            return
        self._value = settings
        self.store.save(settings)
        self.changed.emit(settings, names)
