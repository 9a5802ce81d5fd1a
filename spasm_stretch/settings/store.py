"""The user's settings: typed values over QSettings, each falling back on its own.

A settings file can be hand-edited, half-written or left by another version.
Every value is read through a parser that checks its type and range, and a
bad one falls back to its default (and is reported once), so a corrupt file
never stops the app and never loses the other settings.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from spasm_stretch.core.cues import Cue
from spasm_stretch.core.model import HoldChoice
from spasm_stretch.core.plan import PlanSettings
from spasm_stretch.core.reminders import Due, Reminder, ReminderState
from spasm_stretch.i18n.language import SHIPPED
from spasm_stretch.i18n.text import Text

T = TypeVar("T")


class SettingsProblems(Text):
    """What is wrong with a hand-edited or damaged settings file."""


class Theme(Enum):
    """Which colours the window uses."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"
    NIGHT = "night"  # dim and dark, for the bedroom at night


@dataclass(frozen=True)
class AppSettings:
    """Everything a user can set. prepare/rest of None keep each routine's own times.

    ``output_device`` "" means the system default (followed when it changes);
    ``own_sounds`` pairs a cue with a WAV of the user's choosing.
    """

    hold: HoldChoice = HoldChoice.MEDIUM
    prepare: float | None = None
    rest: float | None = None
    sound: bool = True
    volume: int = 80
    muted_cues: frozenset[Cue] = frozenset()
    output_device: str = ""
    own_sounds: tuple[tuple[Cue, str], ...] = ()
    voice: bool = False
    theme: Theme = Theme.SYSTEM
    text_scale: int = 100
    # The night theme by itself between night_start and night_end: on from the first run,
    # so a cramp at 3 a.m. never opens a bright white page.
    night_auto: bool = True
    night_start: int = 22  # hour of the day, 0-23
    night_end: int = 7
    disclaimer_seen: bool = False
    last_routine: str = ""
    reminders: tuple[Reminder, ...] = ()
    reminders_paused: bool = False
    keep_in_tray: bool | None = None  # None: not asked yet
    # Cramp buttons: area (its built-in routine id) -> the routine it runs, where changed.
    relief_routines: tuple[tuple[str, str], ...] = ()
    last_side: str = ""  # the leg of the last cramp, offered first next time
    acknowledged_flags: frozenset[str] = frozenset()  # red flags the person has read
    language: str = ""  # "" follows the system; else a shipped language code, from the next start

    def relief_routine(self, area: str) -> str:
        """The routine the cramp button for ``area`` runs (the built-in one unless changed)."""
        return dict(self.relief_routines).get(area, area)

    def plan_settings(self) -> PlanSettings:
        """The part of the settings that shapes a session's timeline."""
        return PlanSettings(hold=self.hold, prepare=self.prepare, rest=self.rest)


def _enum(kind: type[Enum]) -> Callable[[Any], Any]:
    def parse(raw: Any) -> Any:
        return kind(str(raw))

    return parse


def _boolean(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    text = str(raw).strip().lower()
    if text in ("true", "1", "yes"):
        return True
    if text in ("false", "0", "no"):
        return False
    raise ValueError(raw)


def _bounded(low: float, high: float, kind: Callable[[Any], T]) -> Callable[[Any], T]:
    def parse(raw: Any) -> T:
        value = kind(raw)
        if not low <= value <= high:  # type: ignore[operator]
            raise ValueError(raw)
        return value

    return parse


def _optional_seconds(high: float) -> Callable[[Any], float | None]:
    bounded = _bounded(0, high, float)

    def parse(raw: Any) -> float | None:
        return None if str(raw).strip() in ("", "default", "None") else bounded(raw)

    return parse


def _cue_set(raw: Any) -> frozenset[Cue]:
    names = raw if isinstance(raw, list) else str(raw).split(",")
    return frozenset(Cue(name.strip()) for name in names if name.strip())


def _pairs(raw: Any) -> tuple[tuple[str, str], ...]:
    items = raw if isinstance(raw, list) else str(raw).split(",")
    pairs = []
    for item in items:
        if item.strip():
            key, equals, value = str(item).partition("=")
            if not equals or not key.strip() or not value.strip() or len(item) > 200:
                raise ValueError(raw)
            pairs.append((key.strip(), value.strip()))
    return tuple(sorted(dict(pairs).items()))


def _words(raw: Any) -> frozenset[str]:
    items = raw if isinstance(raw, list) else str(raw).split(",")
    return frozenset(str(item).strip() for item in items if str(item).strip())


def _side(raw: Any) -> str:
    if raw not in ("", "left", "right"):
        raise ValueError(raw)
    return str(raw)


def _optional_boolean(raw: Any) -> bool | None:
    return None if str(raw).strip() in ("", "default", "None") else _boolean(raw)


def _reminders(raw: Any) -> tuple[Reminder, ...]:
    lines = raw if isinstance(raw, list) else str(raw).split(";")
    return tuple(Reminder.parse(line) for line in lines if line.strip())


def _text(raw: Any) -> str:
    if not isinstance(raw, str) or len(raw) > 100:
        raise ValueError(raw)
    return raw


def _language(raw: Any) -> str:
    if raw not in ("", *SHIPPED):
        raise ValueError(raw)
    return str(raw)


def _device(raw: Any) -> str:
    if not isinstance(raw, str) or len(raw) > 500:
        raise ValueError(raw)
    return "" if raw == "default" else raw


def _own_sounds(raw: Any) -> tuple[tuple[Cue, str], ...]:
    if str(raw) in ("", "default"):
        return ()
    pairs = json.loads(str(raw))
    if not isinstance(pairs, dict) or not all(isinstance(v, str) for v in pairs.values()):
        raise ValueError(raw)
    return tuple(sorted(((Cue(name), path) for name, path in pairs.items()), key=str))


_PARSERS: dict[str, Callable[[Any], Any]] = {
    "hold": _enum(HoldChoice),
    "prepare": _optional_seconds(60),
    "rest": _optional_seconds(120),
    "sound": _boolean,
    "volume": _bounded(0, 100, int),
    "muted_cues": _cue_set,
    "output_device": _device,
    "own_sounds": _own_sounds,
    "voice": _boolean,
    "theme": _enum(Theme),
    "text_scale": _bounded(80, 200, int),
    "night_auto": _boolean,
    "night_start": _bounded(0, 23, int),
    "night_end": _bounded(0, 23, int),
    "disclaimer_seen": _boolean,
    "last_routine": _text,
    "relief_routines": _pairs,
    "last_side": _side,
    "acknowledged_flags": _words,
    "reminders": _reminders,
    "reminders_paused": _boolean,
    "keep_in_tray": _optional_boolean,
    "language": _language,
}


def _stored(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, frozenset):
        return ",".join(sorted(str(getattr(item, "value", item)) for item in value))
    if isinstance(value, tuple) and value and all(isinstance(item, Reminder) for item in value):
        return "; ".join(str(item) for item in value)
    if isinstance(value, tuple) and value and isinstance(value[0][0], Cue):
        return json.dumps({cue.value: path for cue, path in value})
    if isinstance(value, tuple):
        return ",".join(f"{key}={routine}" for key, routine in value)
    return "default" if value is None else value


def _kind(default: Any) -> type | tuple[type, ...]:
    """The type a parsed value must have: its default's (None-able settings take both)."""
    if default is None:
        return (float, bool, type(None))
    if isinstance(default, bool):
        return bool
    if isinstance(default, float):
        return (float, int)
    return type(default)


def _shown(raw: Any, limit: int = 80) -> str:
    """A damaged value as a message shows it: its repr, cut short (a value can be megabytes)."""
    try:
        text = repr(raw)
    except Exception:  # a Qt value whose repr itself fails
        text = f"<{type(raw).__name__}>"
    return text if len(text) <= limit else text[: limit - 1] + "…"


class SettingsStore:
    """Reads and writes AppSettings and window geometry in one QSettings file."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, "spasm-stretch", "spasm-stretch"
        )
        self.problems: list[str] = []

    @property
    def path(self) -> str:
        """Where the settings live, for messages."""
        return self._settings.fileName()

    def load(self) -> AppSettings:
        """Read every setting, replacing any unreadable one with its default."""
        defaults = AppSettings()
        values: dict[str, Any] = {}
        self.problems = []
        for name, parse in _PARSERS.items():
            # Any exception: Qt turns "@Point(1 2)" into a QPoint, "@Variant(...)" into
            # whatever it decodes, 3,000 "[" into a RecursionError in json; one bad
            # value must cost only itself, never the start.
            raw: Any = None
            try:
                raw = self._settings.value(name)
                if raw is None:
                    if self._settings.contains(name):  # there, but Qt could not decode it
                        raise TypeError(name)
                    continue
                value = parse(raw)
                if not isinstance(value, _kind(getattr(defaults, name))):
                    raise TypeError(raw)
                values[name] = value
            except Exception:  # every kind of damage falls back the same way
                self.problems.append(
                    SettingsProblems.tr(
                        "{file}: setting '{name}' = {value} is not valid; using {default}"
                    ).format(
                        file=self.path,
                        name=name,
                        value=_shown(raw),
                        default=repr(_stored(getattr(defaults, name))),
                    )
                )
        return dataclasses.replace(defaults, **values)

    def save(self, settings: AppSettings) -> None:
        """Write every setting."""
        for field in dataclasses.fields(settings):
            self._settings.setValue(field.name, _stored(getattr(settings, field.name)))
        self._settings.sync()

    def reminder_state(self) -> ReminderState:
        """Where the reminder schedule stands: last instant dealt with, snooze, skipped day."""
        try:
            seen = self._settings.value("reminders-state/seen_until")
            snoozed = self._settings.value("reminders-state/snoozed")
            skipped = self._settings.value("reminders-state/skipped")
            snooze = None
            if snoozed:
                at, rule = str(snoozed).split("|", 1)
                snooze = Due(Reminder.parse(rule), datetime.fromisoformat(at), snoozed=True)
            seen_until = datetime.fromisoformat(str(seen)) if seen else None
            for instant in (seen_until, snooze.at if snooze else None):
                if instant is not None and instant.tzinfo is None:
                    raise ValueError(SettingsProblems.tr("a time without its time zone"))
            return ReminderState(
                seen_until,
                snooze,
                date.fromisoformat(str(skipped)) if skipped else None,
            )
        except Exception as exc:  # a hand-edited file: start the schedule afresh
            self.problems.append(
                SettingsProblems.tr("{file}: the reminder state is not readable ({reason})").format(
                    file=self.path, reason=_shown(str(exc) or type(exc).__name__)
                )
            )
            return ReminderState()

    def save_reminder_state(self, state: ReminderState) -> None:
        """Keep the schedule's state, so a restart neither repeats nor loses a reminder."""
        snoozed = state.snoozed
        for key, value in (
            ("seen_until", state.seen_until.isoformat() if state.seen_until else ""),
            ("snoozed", f"{snoozed.at.isoformat()}|{snoozed.reminder}" if snoozed else ""),
            ("skipped", state.skipped.isoformat() if state.skipped else ""),
        ):
            self._settings.setValue(f"reminders-state/{key}", value)
        self._settings.sync()

    def geometry(self) -> QByteArray | None:
        """The saved window geometry, if any."""
        raw = self._settings.value("window/geometry")
        return raw if isinstance(raw, QByteArray) and not raw.isEmpty() else None

    def save_geometry(self, geometry: QByteArray) -> None:
        """Remember the window's size and position."""
        self._settings.setValue("window/geometry", geometry)
        self._settings.sync()
