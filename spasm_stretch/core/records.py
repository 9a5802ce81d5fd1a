"""What the log holds: cramp episodes and routine runs, as plain values.

Kept in core (not in the SQLite module) so the log review, the reports and
their tests work on records without a database. Instants are timezone-aware;
the store keeps them in UTC and hands them back in local time, so sorting and
weekly buckets follow the true order of events wherever they were logged.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum


class EndKind(Enum):
    """How a cramp's end is known; only some of them give a length that can be trusted."""

    OPEN = "open"  # still being timed, or the app was killed while it was
    TIMED = "timed"  # the person said it was over at that moment
    ESTIMATED = "estimated"  # the person said about how long it lasted
    MORE_THAN = "more_than"  # the person said it lasted longer than the stored length
    UNKNOWN = "unknown"  # the person said they do not know
    UNANSWERED = "unanswered"  # the app closed before anyone said; asked at the next start

    @property
    def length_known(self) -> bool:
        """Whether the stored end gives a length that rules (the 10-minute flag) may count."""
        return self in (EndKind.TIMED, EndKind.ESTIMATED, EndKind.MORE_THAN)


@dataclass(frozen=True)
class Episode:
    """One cramp: when, where, which side, how long and how bad, and the person's notes."""

    id: int
    started: datetime
    ended: datetime | None
    area: str
    helped: tuple[str, ...]
    tags: tuple[str, ...]
    note: str
    side: str = ""  # "left", "right" or "" (not a leg, or not said)
    severity: int | None = None  # 1-10 as the person rated it
    end: EndKind = EndKind.TIMED
    # Red-flag signs the person ticked (keys of RED_SIGNS): a ticked sign, never a note's
    # words, raises the doctor flag, so the log says only what the person said.
    signs: tuple[str, ...] = ()

    @property
    def seconds(self) -> int | None:
        """How long it lasted in whole seconds (the one rounding rule), only when known."""
        if self.ended is None or not self.end.length_known:
            return None
        return round((self.ended - self.started).total_seconds())

    @property
    def minutes(self) -> float | None:
        """How long it lasted, only when that length is known (whole seconds / 60)."""
        seconds = self.seconds
        return None if seconds is None else seconds / 60

    def longer_than(self, limit_minutes: float) -> bool:
        """Whether it lasted LONGER than ``limit_minutes`` (10:00 is not longer than 10).

        "More than N minutes" says so even when its stored length is exactly N.
        """
        seconds = self.seconds
        if seconds is None:
            return False
        limit = round(limit_minutes * 60)
        return seconds > limit or (self.end is EndKind.MORE_THAN and seconds >= limit)


# The signs the guidance names as a reason to see a doctor when they come with spasms,
# as stored in the log (stable keys; the words are the review's, in any language).
# Two rules: the first three are one bullet of the guidance, skin changes another.
NERVE_SIGNS = ("swelling", "weakness", "numbness")
SKIN_SIGNS = ("skin_changes",)
RED_SIGNS = (*NERVE_SIGNS, *SKIN_SIGNS)


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
    # A cramp's relief stretch: in the log, but never "the daily routine done".
    relief: bool = False
