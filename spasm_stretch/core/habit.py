"""The stretching habit in a few words: days with a routine done, and today's line.

Computed from the log's records and the reminder schedule, with no Qt, so the
History page, the picker and the tray all say the same thing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from spasm_stretch.core.records import SessionRecord
from spasm_stretch.core.reminders import Due

WEEK = 7


def done_days(sessions: Sequence[SessionRecord], today: date, days: int = WEEK) -> list[bool]:
    """For each of the last ``days`` days (oldest first, today last): a routine finished?"""
    finished = {s.started.date() for s in sessions if s.finished}
    return [today - timedelta(days=back) in finished for back in range(days - 1, -1, -1)]


def habit_line(done: Sequence[bool]) -> str:
    """'routine done 5 of the last 7 days'."""
    return f"routine done {sum(done)} of the last {len(done)} days"


def last_done_text(sessions: Sequence[SessionRecord], today: date) -> str:
    """When a routine was last finished, as a person says it."""
    days = [s.started.date() for s in sessions if s.finished]
    if not days:
        return "no routine done yet"
    ago = (today - max(days)).days
    if ago <= 0:
        return "done today"
    if ago == 1:
        return "done yesterday"
    return f"last done {ago} days ago"


def due_text(due: Due, now: datetime, zone: ZoneInfo) -> str:
    """'at 21:30', 'tomorrow at 07:15' or 'Mon at 07:15'."""
    local = due.at.astimezone(zone)
    days = (local.date() - now.astimezone(zone).date()).days
    if days <= 0:
        return f"at {local:%H:%M}"
    if days == 1:
        return f"tomorrow at {local:%H:%M}"
    return f"{local:%a} at {local:%H:%M}"


def today_line(
    due: Due | None,
    routine_name: Callable[[str], str],
    sessions: Sequence[SessionRecord],
    now: datetime,
    zone: ZoneInfo,
) -> str:
    """The picker's and tray's line: 'Evening routine at 21:30 · done yesterday'."""
    done = last_done_text(sessions, now.astimezone(zone).date())
    if due is None:
        return f"No reminder set · {done}"
    return f"{routine_name(due.reminder.routine_id)} {due_text(due, now, zone)} · {done}"


def most_used(sessions: Sequence[SessionRecord], limit: int = 3) -> list[str]:
    """The routine ids run most often (ties: the most recent first)."""
    counts = Counter(s.routine_id for s in sessions)
    latest = {s.routine_id: s.started for s in sessions}
    ranked = sorted(counts, key=lambda rid: (-counts[rid], -latest[rid].timestamp()))
    return ranked[:limit]
