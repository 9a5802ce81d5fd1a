"""The first run on a small screen: a window that fits it, and a notice that can fold away.

At 800x600 with text at 200 % there is little room: the window is sized to the
screen it opens on (never larger), and the first-run notice starts folded to
its first sentence, so the "Cramp right now?" buttons keep their full size.
The red flags are one click away in it (and on the relief page).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from spasm_stretch.core.content import DoctorAdvice
from spasm_stretch.settings.model import SettingsModel
from spasm_stretch.ui.widgets.message_bar import MessageArea, MessageBar

PREFERRED = QSize(960, 680)
SMALLEST = QSize(760, 560)


def fit_to_screen(window: QWidget, *, restored: bool) -> None:
    """Size ``window`` for the screen it is on: preferred, but never larger than its room.

    ``restored``: a saved size was put back (kept, only made to fit).
    """
    screen = window.screen()
    room = screen.availableGeometry().size() if screen is not None else PREFERRED
    window.setMinimumSize(SMALLEST.boundedTo(room))
    wanted = window.size() if restored else PREFERRED
    window.resize(wanted.boundedTo(room))


class _NoticeWords(QScrollArea):
    """The notice's words: as tall as they need, up to a few lines; beyond that they scroll.

    Unfolded at 200 % on a small screen the red flags are taller than the room
    left above the cramp buttons; they scroll rather than push those buttons away.
    """

    LINES = 4

    def __init__(self, label: QLabel) -> None:
        super().__init__()
        self.label = label
        self.setWidget(label)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # never take a key press from the window
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """The words' height at this width, at most LINES lines."""
        width = max(self.viewport().width(), 100)
        cap = self.label.fontMetrics().lineSpacing() * self.LINES + 4
        return QSize(width, min(self.label.heightForWidth(width), cap))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As tall as sizeHint: the words are never cut, only scrolled past the cap."""
        return QSize(100, self.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """A new width wraps the words anew: ask the bar for the height they now need."""
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()


class FirstRunNotice(QObject):
    """The disclaimer in a bar until it is read; folded to one sentence, red flags a click away."""

    def show(
        self, messages: MessageArea, doctor: DoctorAdvice, settings: SettingsModel
    ) -> MessageBar:
        """Post the notice in ``messages``; "I have read this" saves that it was read."""
        folded = self.tr("Before you start: {disclaimer}").format(disclaimer=doctor.disclaimer)
        full = self.tr(
            "Before you start: {disclaimer} Stretch gently and stop if it hurts. {intro}: {flags}"
        ).format(
            disclaimer=doctor.disclaimer,
            intro=doctor.intro,
            flags=" \u2022 ".join(doctor.red_flags),
        )
        bar = messages.post(
            "disclaimer",
            folded,
            [(self.tr("I have read this"), lambda: settings.update(disclaimer_seen=True))],
            closable=False,
        )
        more, less = self.tr("When to see a doctor \u25b8"), self.tr("Less \u25b4")
        toggle = QPushButton(more, bar)
        toggle.setObjectName("fold")
        toggle.setAccessibleName(self.tr("Show or hide when to see a doctor"))
        toggle.setCheckable(True)
        toggle.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # never steal a key press (1 for a cramp)
        words_area = _NoticeWords(bar.label)
        bar.row.insertWidget(0, words_area, 1)

        def fold(open_: bool) -> None:
            bar.label.setText(full if open_ else folded)
            toggle.setText(less if open_ else more)
            words_area.updateGeometry()

        toggle.toggled.connect(fold)
        # Both buttons under the text, so the text has the full width: fewer lines at 200 %.
        buttons = QHBoxLayout()
        buttons.addWidget(toggle)
        buttons.addWidget(bar.buttons[0])
        buttons.addStretch(1)
        outer = bar.layout()
        if isinstance(outer, QVBoxLayout):
            outer.addLayout(buttons)
        return bar


def show_first_run_notice(
    messages: MessageArea, doctor: DoctorAdvice, settings: SettingsModel
) -> MessageBar:
    """The first-run notice (see FirstRunNotice)."""
    return FirstRunNotice().show(messages, doctor, settings)
