"""The reminder schedule: daily rules -> the next instant, in the person's time zone.

Pure Python over aware datetimes, so a test drives a whole week, a
daylight-saving night or an eight-hour sleep with a fake clock. A rule says
a wall-clock time and weekdays; ``zoneinfo`` turns each day's wall time into
an instant. On the spring-forward night a time inside the skipped hour
(02:30) fires at the instant it maps to (03:30 new time); on the fall-back
night a time in the repeated hour fires once, at its first occurrence.

What has already been dealt with is one instant, ``ReminderState.seen_until``:
every occurrence at or before it has fired (or was too old to fire). After a
sleep or a closed app, only the latest missed occurrence may fire, and only
if it is within the grace time, so a person never gets a burst of stale
reminders.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only named here; the settings (and so the window's start) load this module
    from zoneinfo import ZoneInfo

GRACE = timedelta(hours=2)
SNOOZE = timedelta(minutes=15)
DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
EVERY_DAY = frozenset(range(7))
_RULE = re.compile(r"^(\d{1,2}):(\d{2})\s+(\S+)\s+(\S+)(\s+bedtime)?$")


class ReminderError(ValueError):
    """A reminder written by hand (or in the settings file) that cannot be read."""


@dataclass(frozen=True)
class Reminder:
    """Remind at ``at`` (wall-clock time) on ``days`` (0 = Monday) to do ``routine_id``.

    A bedtime reminder opens its routine for the evening (the dark theme).
    """

    at: time
    routine_id: str
    days: frozenset[int] = EVERY_DAY
    bedtime: bool = False

    def __post_init__(self) -> None:
        if not self.days or not self.days <= EVERY_DAY:
            raise ReminderError(f"days must be some of 0-6 (Monday-Sunday), got {set(self.days)}")
        if not self.routine_id or any(c.isspace() for c in self.routine_id):
            raise ReminderError(f"a routine id has no spaces, got {self.routine_id!r}")

    def __str__(self) -> str:
        """The stored form: ``21:30 mon,tue,wed evening bedtime`` (``daily`` for every day)."""
        days = (
            "daily" if self.days == EVERY_DAY else ",".join(DAY_NAMES[d] for d in sorted(self.days))
        )
        return f"{self.at:%H:%M} {days} {self.routine_id}" + (" bedtime" if self.bedtime else "")

    @classmethod
    def parse(cls, text: str) -> Reminder:
        """Read the stored form written by ``str()``; ReminderError says what is wrong."""
        match = _RULE.match(text.strip())
        if match is None:
            raise ReminderError(
                f"a reminder reads like '21:30 daily calf' or '07:00 mon,fri back bedtime', "
                f"got {text!r}"
            )
        hour, minute, days, routine_id, bedtime = match.groups()
        if int(hour) > 23 or int(minute) > 59:
            raise ReminderError(f"{hour}:{minute} is not a time of day")
        return cls(time(int(hour), int(minute)), routine_id, _days(days), bedtime is not None)


def _days(text: str) -> frozenset[int]:
    if text == "daily":
        return EVERY_DAY
    if text == "weekdays":
        return frozenset(range(5))
    names = text.lower().split(",")
    unknown = [name for name in names if name not in DAY_NAMES]
    if unknown:
        raise ReminderError(f"days are 'daily', 'weekdays' or names like mon,tue; got {text!r}")
    return frozenset(DAY_NAMES.index(name) for name in names)


@dataclass(frozen=True)
class Due:
    """One reminder occurrence: which rule, and the instant it is (or was) due."""

    reminder: Reminder
    at: datetime
    snoozed: bool = False


@dataclass(frozen=True)
class ReminderState:
    """What has happened to the schedule: kept between runs.

    Attributes:
        seen_until: every occurrence at or before this instant has been dealt with.
        snoozed: a reminder put off to ``snoozed.at``.
        skipped: a local date whose remaining reminders are skipped.
    """

    seen_until: datetime | None = None
    snoozed: Due | None = None
    skipped: date | None = None


def occurrences(reminder: Reminder, start: datetime, end: datetime, zone: ZoneInfo) -> list[Due]:
    """Every instant of ``reminder`` in ``(start, end]``, oldest first."""
    found: list[Due] = []
    day = start.astimezone(zone).date() - timedelta(days=1)
    last = end.astimezone(zone).date()
    while day <= last:
        if day.weekday() in reminder.days:
            # fold=0: in the repeated autumn hour, the first pass; in the skipped
            # spring hour, the offset before the change (so 02:30 lands at 03:30).
            instant = datetime.combine(day, reminder.at, zone).astimezone(UTC)
            if start < instant <= end:
                found.append(Due(reminder, instant))
        day += timedelta(days=1)
    return found


def _live(due: Due, state: ReminderState, zone: ZoneInfo) -> bool:
    return state.skipped is None or due.at.astimezone(zone).date() != state.skipped


def upcoming(
    reminders: Sequence[Reminder], state: ReminderState, now: datetime, zone: ZoneInfo
) -> Due | None:
    """The next reminder after ``now`` (a snooze included), or None when there are none."""
    after = max(now, state.seen_until) if state.seen_until else now
    candidates = [
        due
        for reminder in reminders
        for due in occurrences(reminder, after, after + timedelta(days=8), zone)[:2]
        if _live(due, state, zone)
    ]
    if state.snoozed is not None:
        candidates.append(state.snoozed)
    return min(candidates, key=lambda due: due.at, default=None)


def due_now(
    reminders: Sequence[Reminder],
    state: ReminderState,
    now: datetime,
    zone: ZoneInfo,
    grace: timedelta = GRACE,
) -> tuple[Due | None, ReminderState]:
    """What should fire at ``now``, at most one reminder, and the state after it.

    Every occurrence since ``seen_until`` is consumed; only the latest may fire,
    and only when it is no older than ``grace``. A snooze that has come due wins
    over a rule (it is what the person asked for).
    """
    if state.seen_until is None or state.seen_until > now:
        # First run: nothing before now was promised. A clock set back: start
        # again from the new now rather than stay silent until the old one.
        return None, dataclasses.replace(state, seen_until=now)
    missed = [
        due
        for reminder in reminders
        for due in occurrences(reminder, state.seen_until, now, zone)
        if _live(due, state, zone)
    ]
    fired: Due | None = max(missed, key=lambda due: due.at, default=None)
    snoozed = state.snoozed
    if snoozed is not None and snoozed.at <= now:
        fired, snoozed = snoozed, None
    if fired is not None and now - fired.at > grace:
        fired = None
    after = dataclasses.replace(state, seen_until=now, snoozed=snoozed)
    return fired, after


def snooze(
    state: ReminderState, due: Due, now: datetime, length: timedelta = SNOOZE
) -> ReminderState:
    """Put ``due`` off until ``length`` from now (one snooze at a time)."""
    return dataclasses.replace(state, snoozed=Due(due.reminder, now + length, snoozed=True))


def skip_today(state: ReminderState, now: datetime, zone: ZoneInfo) -> ReminderState:
    """No more reminders today (a snooze included); tomorrow's come as usual."""
    return dataclasses.replace(state, skipped=now.astimezone(zone).date(), snoozed=None)


def unskip(state: ReminderState) -> ReminderState:
    """Undo ``skip_today``."""
    return dataclasses.replace(state, skipped=None)


def todays_routine(reminders: Sequence[Reminder], now: datetime, zone: ZoneInfo) -> str | None:
    """The routine of today's reminder nearest to ``now`` ("Start today's routine")."""
    local = now.astimezone(zone)
    today = [r for r in reminders if local.weekday() in r.days]
    if not today:
        return None

    def distance(reminder: Reminder) -> float:
        at = datetime.combine(local.date(), reminder.at)
        return abs((at - local.replace(tzinfo=None)).total_seconds())

    return min(today, key=distance).routine_id
