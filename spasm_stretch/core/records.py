"""What the log holds: cramp episodes and routine runs, as plain values.

Kept in core (not in the SQLite module) so the log review, the reports and
their tests work on records without a database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Episode:
    """One cramp: when, where, what helped, and the person's own notes."""

    id: int
    started: datetime
    ended: datetime | None
    area: str
    helped: tuple[str, ...]
    tags: tuple[str, ...]
    note: str

    @property
    def minutes(self) -> float | None:
        """How long it lasted, if it has ended."""
        return None if self.ended is None else (self.ended - self.started).total_seconds() / 60


@dataclass(frozen=True)
class SessionRecord:
    """One routine run: finished, or stopped at a step."""

    id: int
    routine_id: str
    routine_name: str
    started: datetime
    ended: datetime | None
    finished: bool
    stopped_at_step: int | None
