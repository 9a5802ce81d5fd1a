"""The local time of day the app reads, held still, so no test depends on when it runs.

The app reads the wall clock in many places: ``datetime.now()`` for the night
theme, the log's "now", the History page's "today", the habit strip and the
cramp editor's default time; ``QDateTime.currentDateTime()`` for the editor's
latest allowed time. A test that ran at 23:00, just after midnight or on the
far side of the date line saw other days and another theme.

``freeze`` puts a stand-in class in place of ``datetime``, ``date`` and
``QDateTime`` in every loaded module of the app and of the tests, found by
scanning ``sys.modules`` (so it follows modules that are split or renamed).
Its ``now()`` and ``today()`` read a :class:`LocalTime` the test controls;
everything else is the real class. tests/conftest.py freezes every test at
:data:`DEFAULT`; a test that needs another moment asks for the ``local_time``
fixture and sets it.
"""

from __future__ import annotations

import sys
from datetime import date, datetime, timedelta, tzinfo
from typing import Any, Self

import pytest

# A Wednesday at noon, local time: daytime (no night theme), mid-week, mid-month.
DEFAULT = datetime(2026, 11, 25, 12, 0)


class LocalTime:
    """Local wall-clock time (naive, as ``datetime.now()`` gives it) under the test's control."""

    def __init__(self, moment: datetime = DEFAULT) -> None:
        self.moment = moment

    def set(self, moment: datetime) -> None:
        """Jump to ``moment`` (naive, local time)."""
        assert moment.tzinfo is None, "local wall-clock time is naive, as datetime.now() gives"
        self.moment = moment

    def advance(self, delta: timedelta) -> None:
        """Let time pass (or, with a negative delta, set the clock back)."""
        self.moment += delta

    def now(self, tz: tzinfo | None = None) -> datetime:
        """What ``datetime.now(tz)`` says at this moment."""
        return self.moment if tz is None else self.moment.astimezone(tz)


_clock = LocalTime()


class _RealInstances(type):
    """A real ``datetime`` (or ``date``) counts as an instance of the stand-in class."""

    def __instancecheck__(cls, instance: object) -> bool:
        return isinstance(instance, cls.__mro__[1])

    def __subclasscheck__(cls, subclass: type) -> bool:
        return issubclass(subclass, cls.__mro__[1])


class FrozenDatetime(datetime, metaclass=_RealInstances):
    """``datetime`` whose ``now()`` and ``today()`` read the test's :class:`LocalTime`."""

    @classmethod
    def now(cls, tz: tzinfo | None = None) -> Self:
        return cls._of(_clock.now(tz))

    @classmethod
    def today(cls) -> Self:
        return cls._of(_clock.now())

    @classmethod
    def _of(cls, moment: datetime) -> Self:
        return cls.combine(moment.date(), moment.timetz()).replace(fold=moment.fold)


class FrozenDate(date, metaclass=_RealInstances):
    """``date`` whose ``today()`` reads the test's :class:`LocalTime`."""

    @classmethod
    def today(cls) -> Self:
        day = _clock.now().date()
        return cls(day.year, day.month, day.day)


def _frozen_qdatetime() -> type | None:
    """``QDateTime`` whose ``currentDateTime()`` reads the clock; None while Qt is not loaded."""
    if "PySide6.QtCore" not in sys.modules:
        return None
    from PySide6.QtCore import QDateTime

    class FrozenQDateTime(QDateTime):
        @staticmethod
        def currentDateTime() -> QDateTime:  # type: ignore[override]  # noqa: N802 - Qt's name
            return QDateTime.fromSecsSinceEpoch(int(_clock.now().astimezone().timestamp()))

    return FrozenQDateTime


def _ours(name: str) -> bool:
    return name.split(".", 1)[0] in ("spasm_stretch", "tests") and name != __name__


def freeze(monkeypatch: pytest.MonkeyPatch, clock: LocalTime) -> LocalTime:
    """Make every loaded module of the app and the tests read ``clock`` as the wall clock."""
    monkeypatch.setattr(sys.modules[__name__], "_clock", clock)
    stand_ins: list[tuple[Any, type]] = [(datetime, FrozenDatetime), (date, FrozenDate)]
    frozen_qt = _frozen_qdatetime()
    if frozen_qt is not None:
        from PySide6.QtCore import QDateTime

        stand_ins.append((QDateTime, frozen_qt))
    for name, module in list(sys.modules.items()):
        if module is None or not _ours(name):
            continue
        for attribute, value in list(vars(module).items()):
            for real, stand_in in stand_ins:
                if value is real:
                    monkeypatch.setattr(module, attribute, stand_in)
    return clock
