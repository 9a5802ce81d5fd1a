"""Settings row for the interface language: the system's, or one shipped language.

Interface text is set when widgets are built, so a new choice applies at the
next start; the row says so as soon as the choice differs from the language
the window speaks now.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from spasm_stretch.i18n.language import NAMES, SHIPPED, choose_language
from spasm_stretch.i18n.text import current_language

SYSTEM = ""  # AppSettings.language for "follow the system"


class LanguageChoice(QWidget):
    """A combo box: the system's language ("System default (Deutsch)"), then each by name.

    Signals:
        changed(): another language was chosen.
    """

    changed = Signal()

    def __init__(
        self, environ: Mapping[str, str] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._system = choose_language(None, os.environ if environ is None else environ)
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Language"))
        self.combo.addItem(
            self.tr("System default ({language})").format(language=NAMES[self._system]), SYSTEM
        )
        for code in SHIPPED:
            self.combo.addItem(NAMES[code], code)
        self.note = QLabel(self.tr("Applies the next time spasm-stretch starts."))
        self.note.setWordWrap(True)
        self.note.setEnabled(False)  # a quiet remark, greyed like the voice's reason
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addWidget(self.note)
        self.combo.currentIndexChanged.connect(self._chosen)

    def language(self) -> str:
        """The chosen language code, "" for the system's."""
        return str(self.combo.currentData())

    def show_language(self, language: str) -> None:
        """Show the saved choice without announcing a change."""
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(max(0, self.combo.findData(language)))
        self.combo.blockSignals(False)
        self._update_note()

    def _chosen(self) -> None:
        self._update_note()
        self.changed.emit()

    def _update_note(self) -> None:
        """The note shows only while the choice would speak another language than now."""
        wanted = self.language() or self._system
        self.note.setVisible(wanted != current_language())
