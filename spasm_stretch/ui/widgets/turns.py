"""Work that must not hold the window: a step per turn of the event loop."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow


def one_per_turn(owner: QObject, steps: Sequence[Callable[[], None]]) -> None:
    """Run ``steps`` in order, each in a turn of the event loop of its own (while ``owner`` lives).

    A chain of zero-delay calls would not do: Qt sends the events posted while
    it sends posted events in the same pass, so the steps added up to one
    block (118-148 ms measured after the first paint) before a key press or a
    repaint got through. Each next step is a timer started when the last one
    ends, which the loop fires only after it has looked at input and paint again.
    """
    if not steps:
        return

    def step() -> None:
        steps[0]()
        one_per_turn(owner, steps[1:])

    QTimer.singleShot(1, owner, step)


class FirstPaintSteps(QMainWindow):
    """A main window that runs ``after_first_paint`` once it has first painted, a step per turn.

    What the first frame does not need (the window's controllers, the desktop
    side, the sound) goes in that list, so the window is drawn without waiting.

    Signals:
        first_painted(): once, just after the window first paints.
    """

    first_painted = Signal()
    _painted = False  # a class default: Qt sends events while __init__ is still running

    def __init__(self) -> None:
        super().__init__()
        self.after_first_paint: list[Callable[[], None]] = []

    def event(self, event: QEvent) -> bool:
        """At the first paint: ``after_first_paint``, a step per turn of the loop."""
        if not self._painted and event.type() is QEvent.Type.Paint:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)
            one_per_turn(self, self.after_first_paint)
        return super().event(event)
