"""The first run on a small screen: a window that fits it, and a notice that can fold away.

At 800x600 with text at 200 % there is little room: the window is sized to the
screen it opens on (never larger), and the first-run notice starts folded to
its first sentence, so the "Cramp right now?" buttons keep their full size.
The red flags are one click away in it (and on the relief page).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtWidgets import (
    QPushButton,
    QWidget,
)

if TYPE_CHECKING:
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

        def fold(open_: bool) -> None:
            bar.label.setText(full if open_ else folded)
            toggle.setText(less if open_ else more)

        toggle.toggled.connect(fold)
        # Beside the words, at their top, as every bar's one action: a bar scrolls within the
        # room the page under it can spare (one line at 200 % on 800x600), and its buttons
        # stay in view at the top of that line.
        bar.row.insertWidget(1, toggle, 0, Qt.AlignmentFlag.AlignTop)
        return bar


def show_first_run_notice(
    messages: MessageArea, doctor: DoctorAdvice, settings: SettingsModel
) -> MessageBar:
    """The first-run notice (see FirstRunNotice)."""
    return FirstRunNotice().show(messages, doctor, settings)
