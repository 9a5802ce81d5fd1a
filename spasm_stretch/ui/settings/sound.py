"""The sound part of Settings: output device, each cue's sound, and a Test sound button.

The widget knows nothing of players: it is given the devices to offer and a
``test_sound`` callable that plays a cue and says, in words, which player
and device it used. A file of one's own is checked (audio/samples.py) when
it is chosen; a bad one is named and the built-in sound stays.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from spasm_stretch.audio.samples import SoundFileError, check_wav

if TYPE_CHECKING:
    from spasm_stretch.core.cues import Cue


class SoundSettings(QGroupBox):
    """Device, per-cue sound files and the test button.

    Signals:
        changed(): after the device or a cue's sound changed.
    """

    changed = Signal()

    def __init__(
        self,
        labels: Mapping[Cue, str],
        devices: Sequence[tuple[str, str, bool]] = (),
        test_sound: Callable[[], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Sounds"))
        self._labels = dict(labels)
        self._own: dict[Cue, Path] = {}
        self._test_sound = test_sound
        self.device = QComboBox()
        self.device.setAccessibleName(self.tr("Output device"))
        self.device.addItem(self.tr("System default (follows changes)"), "")
        for device_id, description, _ in devices:
            self.device.addItem(description, device_id)
        self.device.currentIndexChanged.connect(self.changed)
        self.test = QPushButton(self.tr("Te&st sound"))  # Alt+T is the theme
        self.test.setEnabled(test_sound is not None)
        self.test.clicked.connect(self._test)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleDescription(self.tr("Sound message"))
        self.device.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.device.setMinimumContentsLength(12)  # long device names must not widen the dialog
        grid = QGridLayout()
        # under its label, across the page: a device's name is long, and at 200 % the
        # choice shown was cut beside the label
        grid.addWidget(QLabel(self.tr("Output device:")), 0, 0, 1, 2)
        grid.addWidget(self.device, 1, 0, 1, 2)
        self.files: dict[Cue, QLabel] = {}
        self.choose: dict[Cue, QPushButton] = {}
        self.reset: dict[Cue, QPushButton] = {}
        for index, (cue, label) in enumerate(labels.items()):
            row = 2 + 2 * index  # the label and file above, the buttons below: narrow at 200 %
            self.files[cue] = QLabel(self._built_in())
            self.files[cue].setWordWrap(True)
            self.choose[cue] = QPushButton(self.tr("Choose…"))
            self.choose[cue].setAccessibleDescription(
                self.tr("Choose a file for {cue}").format(cue=label)
            )
            self.choose[cue].clicked.connect(lambda _=False, cue=cue: self._choose(cue))
            self.reset[cue] = QPushButton(self.tr("Use built-in"))
            self.reset[cue].setEnabled(False)
            self.reset[cue].setAccessibleDescription(
                self.tr("Built-in sound for {cue}").format(cue=label)
            )
            self.reset[cue].clicked.connect(lambda _=False, cue=cue: self._set(cue, None))
            name = QLabel(self.tr("{cue}:").format(cue=label))
            name.setWordWrap(True)
            grid.addWidget(name, row, 0)
            grid.addWidget(self.files[cue], row, 1)
            buttons = QHBoxLayout()
            buttons.addWidget(self.choose[cue])
            buttons.addWidget(self.reset[cue])
            buttons.addStretch(1)
            grid.addLayout(buttons, row + 1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.test)
        layout.addWidget(self.message)

    def _built_in(self) -> str:
        return self.tr("Built-in")

    @classmethod
    def ask_file(cls, parent: QWidget, cue_label: str) -> str:
        """Ask for a WAV file (tests replace this)."""
        path, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("SoundSettings", "A sound for “{cue}”").format(
                cue=cue_label
            ),
            str(Path.home()),
            QCoreApplication.translate("SoundSettings", "WAV sound (*.wav)"),
        )
        return path

    def show_values(self, device_id: str, own: Mapping[Cue, str]) -> None:
        """Show the saved device and files, without announcing a change."""
        self.blockSignals(True)
        index = self.device.findData(device_id)
        if index < 0 and device_id:
            self.device.addItem(
                self.tr("{device} (not connected)").format(device=device_id), device_id
            )
            index = self.device.count() - 1
        self.device.setCurrentIndex(max(index, 0))
        for cue, path in own.items():
            self._set(cue, Path(path))
        self.blockSignals(False)

    def device_id(self) -> str:
        """The chosen device ("" = the system default)."""
        return str(self.device.currentData())

    def own_sounds(self) -> tuple[tuple[Cue, str], ...]:
        """The cues with a file of the user's own."""
        return tuple(sorted(((cue, str(path)) for cue, path in self._own.items()), key=str))

    def _choose(self, cue: Cue) -> None:
        label = self._labels[cue]
        chosen = self.ask_file(self, label)
        if not chosen:
            return
        try:
            check_wav(Path(chosen))
        except SoundFileError as exc:
            self.message.setText(
                self.tr("{problem}; “{cue}” keeps its sound.").format(problem=exc, cue=label)
            )
            return
        self.message.setText("")
        self._set(cue, Path(chosen))

    def _set(self, cue: Cue, path: Path | None) -> None:
        if path is None:
            self._own.pop(cue, None)
        else:
            self._own[cue] = path
        self.files[cue].setText(self._built_in() if path is None else path.name)
        self.reset[cue].setEnabled(path is not None)
        self.files[cue].setToolTip("" if path is None else str(path))
        self.changed.emit()

    def _test(self) -> None:
        if self._test_sound is not None:
            self.message.setText(self._test_sound())
