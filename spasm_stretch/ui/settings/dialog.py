"""The settings dialog: every change applies at once and is saved at once."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from spasm_stretch.core.cues import Cue
from spasm_stretch.core.model import HoldChoice
from spasm_stretch.i18n.text import Text
from spasm_stretch.settings.store import AppSettings, Theme
from spasm_stretch.ui.settings.language import LanguageChoice
from spasm_stretch.ui.settings.night import NightHours
from spasm_stretch.ui.settings.relief import ButtonChoice, ReliefRoutines
from spasm_stretch.ui.settings.sound import SoundSettings
from spasm_stretch.ui.widgets.scrolling import fit_screen, vertical_scroll
from spasm_stretch.ui.widgets.wrap_check import WrapCheckBox


class SettingsWords(Text):
    """Choices of the settings dialog, built when the dialog is (in the language then)."""


def hold_labels() -> dict[HoldChoice, str]:
    """The hold-length choices in words."""
    return {
        HoldChoice.SHORT: SettingsWords.tr("Short end of each range (e.g. 20 s of 20-30)"),
        HoldChoice.MEDIUM: SettingsWords.tr("Middle of each range (e.g. 25 s)"),
        HoldChoice.LONG: SettingsWords.tr("Long end of each range (e.g. 30 s)"),
    }


def theme_labels() -> dict[Theme, str]:
    """The themes in words."""
    return {
        Theme.SYSTEM: SettingsWords.tr("Follow the system"),
        Theme.LIGHT: SettingsWords.tr("Light"),
        Theme.DARK: SettingsWords.tr("Dark"),
        Theme.NIGHT: SettingsWords.tr("Night: dim and dark, for the bedroom"),
    }


TEXT_SIZES = (90, 100, 115, 130, 150, 175, 200)


def cue_labels() -> dict[Cue, str]:
    """Every cue by what a person hears it for."""
    return {
        Cue.PREPARE: SettingsWords.tr("Get ready"),
        Cue.HOLD_START: SettingsWords.tr("Hold starts"),
        Cue.HALFWAY: SettingsWords.tr("Halfway"),
        Cue.COUNTDOWN: SettingsWords.tr("3-2-1 countdown"),
        Cue.SWITCH_SIDES: SettingsWords.tr("Switch sides"),
        Cue.POSE_CHANGE: SettingsWords.tr("Next pose"),
        Cue.STEP_DONE: SettingsWords.tr("Step done"),
        Cue.ROUTINE_DONE: SettingsWords.tr("Routine done"),
        Cue.TICK: SettingsWords.tr("Each counted repetition"),
    }


_ROUTINE_OWN = -1
FIRST_SECONDS = 5  # one Up from "as the routine says": a time someone can get into position in


def shrinkable(combo: QComboBox) -> None:
    """Let ``combo`` be narrower than its longest choice (shown in full when it opens)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)


class _SecondsBox(QSpinBox):
    """Seconds, or "as the routine says" below them; one Up from there is a usable time."""

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt override
        """Up from "as the routine says" goes to FIRST_SECONDS, never to 0 s."""
        if self.value() == _ROUTINE_OWN and steps > 0:
            self.setValue(FIRST_SECONDS)
        else:
            super().stepBy(steps)


def _seconds_box(maximum: int, name: str) -> QSpinBox:
    box = _SecondsBox()
    box.setRange(_ROUTINE_OWN, maximum)
    box.setSpecialValueText(SettingsWords.tr("As the routine says"))
    box.setSuffix(" s")
    box.setAccessibleName(name)
    box.lineEdit().setAccessibleName(name)  # the part that takes the keyboard
    return box


class SettingsDialog(QDialog):
    """Edits AppSettings.

    Signals:
        changed(AppSettings): after every edit, with the complete new settings.
    """

    changed = Signal(object)

    def __init__(
        self,
        settings: AppSettings,
        player_name: str = "",
        parent: QWidget | None = None,
        *,
        voice_unavailable: str = "",
        cramp_buttons: Sequence[ButtonChoice] = (),
        devices: Sequence[tuple[str, str, bool]] = (),
        test_sound: Callable[[], str] | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        """Make every setting's field, list them in one form, and show ``settings``.

        Kept in one piece: the form is one list of rows in the order the dialog
        shows them, each field a few lines of setup before it; the sound, night,
        cramp-button and language parts are widgets of their own.
        """
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self.hold = QComboBox()
        self.hold.setAccessibleName(self.tr("Hold length"))
        for choice, label in hold_labels().items():
            self.hold.addItem(label, choice)
        self.prepare = _seconds_box(60, self.tr("Time to get into position"))
        self.rest = _seconds_box(120, self.tr("Rest between stretches"))
        self.sound = WrapCheckBox(self.tr("Play sound cues"))
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setAccessibleName(self.tr("Volume"))
        labels = cue_labels()
        self.cue_boxes = {cue: QCheckBox(label) for cue, label in labels.items()}
        cue_grid = QGridLayout()
        for index, box in enumerate(self.cue_boxes.values()):
            cue_grid.addWidget(box, index // 2, index % 2)
        self.player = QLabel(
            self.tr("Sound player in use: {player}").format(player=player_name)
            if player_name
            else ""
        )
        self.sounds = SoundSettings(labels, devices, test_sound)
        self.voice = WrapCheckBox(
            self.tr('Speak step names, "switch sides", "relax" and "routine complete"')
        )
        unavailable = self.tr("Not available: {reason}").format(reason=voice_unavailable)
        self.voice_reason = QLabel(unavailable)
        self.voice_reason.setWordWrap(True)
        self.voice_reason.setEnabled(False)
        self.voice_reason.setVisible(bool(voice_unavailable))
        if voice_unavailable:
            self.voice.setEnabled(False)
            self.voice.setToolTip(unavailable)
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Theme"))
        for theme, label in theme_labels().items():
            self.theme.addItem(label, theme)
        self.text_size = QComboBox()
        self.text_size.setAccessibleName(self.tr("Text size"))
        for size in TEXT_SIZES:
            self.text_size.addItem(f"{size} %", size)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("&Hold length:"), self.hold)
        form.addRow(self.tr("&Get into position:"), self.prepare)
        form.addRow(self.tr("&Rest between stretches:"), self.rest)
        form.addRow("", self.sound)
        form.addRow(self.tr("&Volume:"), self.volume)
        form.addRow(self.tr("Cues to play:"), cue_grid)
        form.addRow("", self.player)
        form.addRow(self.sounds)
        form.addRow("", self.voice)
        form.addRow("", self.voice_reason)
        form.addRow(self.tr("&Theme:"), self.theme)
        self.night = NightHours()
        form.addRow(self.tr("Night theme:"), self.night)
        form.addRow(self.tr("Te&xt size:"), self.text_size)
        self.relief = ReliefRoutines(cramp_buttons)
        form.addRow(self.tr("Cramp buttons run:"), self.relief)
        self.language = LanguageChoice(environ)
        form.addRow(self.tr("&Language:"), self.language)
        for combo in (
            self.hold, self.theme, self.text_size, self.language.combo,
            *self.relief.boxes.values(),
        ):  # fmt: skip
            shrinkable(combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        page = QWidget()
        page.setLayout(form)
        layout = QVBoxLayout(self)
        layout.addWidget(vertical_scroll(page, self.tr("Settings")))
        layout.addWidget(buttons)
        fit_screen(self, page, 520)  # as wide as the form needs; the rest scrolls
        # Enter must not choose a sound file: only Close is the dialog's default button.
        for button in page.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.hold.setFocus(Qt.FocusReason.OtherFocusReason)  # the first field, not a button
        self._show(settings)
        for signal in (
            self.hold.currentIndexChanged, self.prepare.valueChanged, self.rest.valueChanged,
            self.sound.toggled,
            self.voice.toggled, self.volume.valueChanged, self.theme.currentIndexChanged,
            self.text_size.currentIndexChanged, self.night.changed,
            *(box.toggled for box in self.cue_boxes.values()), self.sounds.changed,
            self.relief.changed, self.language.changed,
        ):  # fmt: skip
            signal.connect(self._emit)

    def settings(self) -> AppSettings:
        """The settings as the dialog now shows them."""
        prepare = self.prepare.value()
        rest = self.rest.value()
        return dataclasses.replace(
            self._settings,
            hold=self.hold.currentData(),
            prepare=None if prepare == _ROUTINE_OWN else float(prepare),
            rest=None if rest == _ROUTINE_OWN else float(rest),
            sound=self.sound.isChecked(),
            voice=self.voice.isChecked() and self.voice.isEnabled(),
            muted_cues=frozenset(c for c, box in self.cue_boxes.items() if not box.isChecked()),
            volume=self.volume.value(),
            output_device=self.sounds.device_id(),
            own_sounds=self.sounds.own_sounds(),
            theme=self.theme.currentData(),
            text_scale=int(self.text_size.currentData()),
            night_auto=self.night.auto.isChecked(),
            night_start=self.night.start.value(),
            night_end=self.night.end.value(),
            relief_routines=self.relief.chosen(),
            language=self.language.language(),
        )

    def _show(self, settings: AppSettings) -> None:
        self.hold.setCurrentIndex(self.hold.findData(settings.hold))
        self.prepare.setValue(_ROUTINE_OWN if settings.prepare is None else round(settings.prepare))
        self.rest.setValue(_ROUTINE_OWN if settings.rest is None else round(settings.rest))
        self.sound.setChecked(settings.sound)
        self.voice.setChecked(settings.voice)
        for cue, box in self.cue_boxes.items():
            box.setChecked(cue not in settings.muted_cues)
        self.volume.setValue(settings.volume)
        self.sounds.show_values(settings.output_device, dict(settings.own_sounds))
        self.theme.setCurrentIndex(self.theme.findData(settings.theme))
        nearest = min(TEXT_SIZES, key=lambda size: abs(size - settings.text_scale))
        self.text_size.setCurrentIndex(self.text_size.findData(nearest))
        self.relief.show_chosen(dict(settings.relief_routines))
        self.night.show_hours(settings.night_auto, settings.night_start, settings.night_end)
        self.language.show_language(settings.language)

    def _emit(self) -> None:
        self._settings = self.settings()
        self.changed.emit(self._settings)
