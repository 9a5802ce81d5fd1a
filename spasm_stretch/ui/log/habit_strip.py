"""The habit made visible: the last seven days, each marked when a routine was finished."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

from spasm_stretch.core.habit import done_days, habit_line, weekday_name
from spasm_stretch.ui.widgets.announce import SPOKEN_AS_SENTENCE

if TYPE_CHECKING:
    from spasm_stretch.core.records import SessionRecord

DONE, NOT_DONE = "\u25cf", "\u25cb"


class HabitStrip(QLabel):
    """'● ● ○ ● ● ○ ●  routine done 5 of the last 7 days', with the weekday under each mark."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Routines this week"))
        self.setProperty(SPOKEN_AS_SENTENCE, True)

    def show_sessions(self, sessions: Sequence[SessionRecord], today: date) -> None:
        """Mark each of the last seven days from the log."""
        done = done_days(sessions, today)
        days = [today - timedelta(days=back) for back in range(len(done) - 1, -1, -1)]
        today_word = self.tr("today")
        cells = "".join(
            f"<td align='center'>{DONE if is_done else NOT_DONE}<br>"
            f"<small>{today_word if day == today else weekday_name(day)}</small></td>"
            for day, is_done in zip(days, done, strict=True)
        )
        line = habit_line(done)
        line = line[:1].upper() + line[1:]  # not capitalize(): German nouns keep their capitals
        self.setText(  # the sentence under the days, so large text wraps instead of widening
            f"<table cellspacing='6'><tr>{cells}</tr></table><b>{line}</b>"
        )
        # Marks and day names read badly one by one; the name is the sentence they show.
        self.setAccessibleName(habit_line(done))
        self.setAccessibleDescription(self.tr("Routines this week"))
