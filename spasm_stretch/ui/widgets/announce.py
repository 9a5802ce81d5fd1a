"""Tell assistive technology what just changed, as a screen reader would say it.

A person following a routine with eyes closed (or who cannot see the
screen) hears "Hold, left leg", "Switch sides", "Relax", "Paused", "Done"
when they happen, not only when they move the focus.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, text: str) -> None:
    """Have screen readers say ``text`` now, on behalf of ``widget``."""
    if text and QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))


# A widget property: this label's accessible name is a sentence saying what its marks show
# ("routine done 5 of the last 7 days" for a row of circles), on purpose not its raw text.
SPOKEN_AS_SENTENCE = "spoken_as_sentence"
