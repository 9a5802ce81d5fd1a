"""The stretching habit in a few words: days with a routine done, and today's line.

Computed from the log's records and the reminder schedule, with no Qt, so the
History page, the picker and the tray all say the same thing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from spasm_stretch.i18n.text import Text

if TYPE_CHECKING:
    from spasm_stretch.core.records import SessionRecord
    from spasm_stretch.core.reminders import Due

WEEK = 7


class HabitWords(Text):
    """The habit's few words: days done, when last done, when the next reminder is due."""


def weekday_name(day: date) -> str:
    """The short name of ``day``'s weekday in the current language (not the C locale's)."""
    names = (
        HabitWords.tr("Mon"),
        HabitWords.tr("Tue"),
        HabitWords.tr("Wed"),
        HabitWords.tr("Thu"),
        HabitWords.tr("Fri"),
        HabitWords.tr("Sat"),
        HabitWords.tr("Sun"),
    )
    return names[day.weekday()]


def done_days(sessions: Sequence[SessionRecord], today: date, days: int = WEEK) -> list[bool]:
    """For each of the last ``days`` days (oldest first, today last): a routine finished?

    A cramp's relief stretch is not the daily routine: it never counts.
    """
    finished = {s.started.date() for s in sessions if s.finished and not s.relief}
    return [today - timedelta(days=back) in finished for back in range(days - 1, -1, -1)]


def habit_line(done: Sequence[bool]) -> str:
    """'routine done 5 of the last 7 days'."""
    return HabitWords.tr("routine done {done} of the last %n days", "", len(done)).format(
        done=sum(done)
    )


def last_done_text(sessions: Sequence[SessionRecord], today: date) -> str:
    """When a routine was last finished (a relief stretch is not one), as a person says it."""
    days = [s.started.date() for s in sessions if s.finished and not s.relief]
    if not days:
        return HabitWords.tr("no routine done yet")
    ago = (today - max(days)).days
    if ago <= 0:
        return HabitWords.tr("done today")
    if ago == 1:
        return HabitWords.tr("done yesterday")
    return HabitWords.tr("last done %n days ago", "", ago)


def due_text(due: Due, now: datetime, zone: ZoneInfo) -> str:
    """'at 21:30', 'tomorrow at 07:15' or 'Mon at 07:15'."""
    local = due.at.astimezone(zone)
    days = (local.date() - now.astimezone(zone).date()).days
    time = f"{local:%H:%M}"
    if days <= 0:
        return HabitWords.tr("at {time}").format(time=time)
    if days == 1:
        return HabitWords.tr("tomorrow at {time}").format(time=time)
    return HabitWords.tr("{weekday} at {time}").format(
        weekday=weekday_name(local.date()), time=time
    )


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
        return HabitWords.tr("No reminder set · {done}").format(done=done)
    return HabitWords.tr("{routine} {when} · {done}").format(
        routine=routine_name(due.reminder.routine_id), when=due_text(due, now, zone), done=done
    )


def most_used(sessions: Sequence[SessionRecord], limit: int = 3) -> list[str]:
    """The routine ids run most often (ties: the most recent first)."""
    counts = Counter(s.routine_id for s in sessions)
    latest = {s.routine_id: s.started for s in sessions}
    ranked = sorted(counts, key=lambda rid: (-counts[rid], -latest[rid].timestamp()))
    return ranked[:limit]
