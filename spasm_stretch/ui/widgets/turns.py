"""Work that must not hold the window: a step per turn of the event loop."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QTimer


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
