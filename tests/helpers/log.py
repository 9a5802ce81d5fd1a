"""Write cramps and routine runs into a history, as the app would have."""

from __future__ import annotations

from datetime import datetime, timedelta

from spasm_stretch.core.records import EndKind, Episode, SessionRecord
from spasm_stretch.log.store import LogStore


def log_cramp(
    history: LogStore,
    started: datetime,
    minutes: float | None,
    area: str = "",
    *,
    helped: tuple[str, ...] = (),
    tags: tuple[str, ...] = (),
    note: str = "",
    side: str = "",
    severity: int | None = None,
    signs: tuple[str, ...] = (),
) -> int:
    """A cramp whose end the person gave (``minutes`` None: they do not know)."""
    ended = None if minutes is None else started + timedelta(minutes=minutes)
    end = EndKind.UNKNOWN if minutes is None else EndKind.TIMED
    return history.add_episode(
        Episode(
            0,
            started,
            ended,
            area,
            helped,
            tags,
            note,
            side=side,
            severity=severity,
            end=end,
            signs=signs,
        )
    )


def log_run(
    history: LogStore,
    routine_id: str,
    name: str,
    started: datetime,
    ended: datetime | None,
    *,
    finished: bool,
    stopped_at_step: int | None = None,
) -> int:
    """A routine run that finished or stopped at a step."""
    return history.add_session(
        SessionRecord(0, routine_id, name, started, ended, finished, stopped_at_step)
    )


def log_open_cramp(history: LogStore, started: datetime, area: str = "") -> int:
    """A cramp that has just begun and is still open (being timed)."""
    return history.add_episode(Episode(0, started, None, area, (), (), "", end=EndKind.OPEN))


def log_started_run(history: LogStore, routine_id: str, name: str, started: datetime) -> int:
    """A routine run that has started and not ended."""
    return history.add_session(SessionRecord(0, routine_id, name, started, None, False, None))
