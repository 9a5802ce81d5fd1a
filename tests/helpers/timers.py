"""Every timer an object tree has running, as Qt's event dispatcher knows it.

``QTimer``s and the timers Qt starts for itself (``QObject.startTimer``:
animations, blinking cursors, a style's fades) alike, so a test can list
what would wake the app, without waiting for any of them to fire.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QAbstractEventDispatcher, QObject, QTimer


@dataclass(frozen=True)
class LiveTimer:
    """One running timer: whose it is (the object and its parents' classes), how often."""

    owner: QObject
    path: str
    interval_ms: int
    single_shot: bool


def _path(obj: QObject) -> str:
    names = []
    each: QObject | None = obj
    while each is not None:
        names.append(type(each).__name__)
        each = each.parent()
    return " < ".join(names)


def live_timers(roots: Iterable[QObject]) -> list[LiveTimer]:
    """The timers running on ``roots`` and every object under them."""
    dispatcher = QAbstractEventDispatcher.instance()
    assert dispatcher is not None
    seen: set[int] = set()
    found: list[LiveTimer] = []
    for root in roots:
        for obj in [root, *root.findChildren(QObject)]:
            key = shiboken6.getCppPointer(obj)[0]
            if key in seen or not shiboken6.isValid(obj):
                continue
            seen.add(key)
            for info in dispatcher.registeredTimers(obj):
                single = obj.isSingleShot() if isinstance(obj, QTimer) else False
                found.append(LiveTimer(obj, _path(obj), info.interval, single))
    return found
