"""What the log adds up to: totals, weekly counts by area, and the red flags it meets.

One review feeds the history view, the PDF report for a doctor and the
terminal listing, so all three say the same thing. The review describes the
log; it never diagnoses. The thresholds come from the guidance content.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Literal

from spasm_stretch.core.cramp import length_text
from spasm_stretch.core.records import NERVE_SIGNS, SKIN_SIGNS, Episode, SessionRecord
from spasm_stretch.i18n.language import SOURCE_LANGUAGE
from spasm_stretch.i18n.text import Text, current_language

if TYPE_CHECKING:
    from babel import Locale

    from spasm_stretch.core.content import DoctorAdvice


class LogReviewText(Text):
    """Words of the log review: red flags met, areas not noted, times of day."""


def sign_label(sign: str, *, in_sentence: bool = False) -> str:
    """A red-flag sign's stored key (see records.RED_SIGNS) as the person reads it.

    ``in_sentence`` gives the form inside a sentence ("came with numbness"),
    whose case each language decides.
    """
    if in_sentence:
        words = {
            "swelling": LogReviewText.tr("swelling", "in a sentence"),
            "weakness": LogReviewText.tr("weakness", "in a sentence"),
            "numbness": LogReviewText.tr("numbness", "in a sentence"),
            "skin_changes": LogReviewText.tr("skin changes", "in a sentence"),
        }
    else:
        words = {
            "swelling": LogReviewText.tr("Swelling"),
            "weakness": LogReviewText.tr("Weakness"),
            "numbness": LogReviewText.tr("Numbness"),
            "skin_changes": LogReviewText.tr("Skin changes"),
        }
    return words.get(sign, sign)


def no_area() -> str:
    """What the review calls a cramp whose area was not noted."""
    return LogReviewText.tr("Not noted")


def times_of_day() -> tuple[tuple[str, int, int], ...]:
    """(label, first hour, hour after the last) of the four parts of a day."""
    return (
        (LogReviewText.tr("Night (00-06)"), 0, 6),
        (LogReviewText.tr("Morning (06-12)"), 6, 12),
        (LogReviewText.tr("Afternoon (12-18)"), 12, 18),
        (LogReviewText.tr("Evening (18-24)"), 18, 24),
    )


# How a date or time reads: English keeps the app's own compact forms (as the
# log has always printed them); every other language takes its CLDR form from
# Babel, so "3. Feb. 2026", "3 févr. 2026" and "3 feb 2026" read the local way.
# A time of day always follows the date, in the locale's short form.
DateKind = Literal[
    "day", "day_month", "day_time", "day_month_time", "weekday_time", "listing", "time"
]
# kind: (English strftime, CLDR date skeleton or "short", followed by the time of day)
_DATE_FORMATS: dict[DateKind, tuple[str, str, bool]] = {
    "day": ("%d %b %Y", "yMMMd", False),
    "day_month": ("%d %b", "MMMd", False),
    "day_time": ("%d %b %Y %H:%M", "yMMMd", True),
    "day_month_time": ("%d %b %H:%M", "MMMd", True),
    "weekday_time": ("%a %d %b, %H:%M", "MMMEd", True),
    "listing": ("%Y-%m-%d %H:%M", "short", True),  # a column of the terminal's listing
    "time": ("%H:%M", "", True),
}


def date_text(moment: date | datetime, kind: DateKind = "day") -> str:
    """``moment`` as a person reads it in the current language (kinds: see _DATE_FORMATS).

    Qt-free, so the terminal, the PDF and the red flags say dates the same way.
    Kinds with a time of day need a datetime.
    """
    language = current_language()
    if language == SOURCE_LANGUAGE:
        return moment.strftime(_DATE_FORMATS[kind][0])
    from babel.dates import format_date, format_datetime

    locale, pattern = _cldr_pattern(language, kind)
    if isinstance(moment, datetime):
        return format_datetime(moment, pattern, tzinfo=moment.tzinfo, locale=locale)
    return format_date(moment, pattern, locale=locale)


@functools.cache
def _cldr_pattern(language: str, kind: DateKind) -> tuple[Locale, str]:
    """The locale and its CLDR pattern for ``kind``, worked out once (a long log is fast)."""
    from babel import Locale
    from babel.dates import get_date_format, get_time_format, match_skeleton

    locale = Locale.parse(language)
    _, skeleton, with_time = _DATE_FORMATS[kind]
    parts = []
    if skeleton == "short":
        parts.append(get_date_format("short", locale=locale).pattern)
    elif skeleton:
        best = match_skeleton(skeleton, locale.datetime_skeletons) or skeleton
        parts.append(locale.datetime_skeletons[best].pattern)
    if with_time:
        parts.append(get_time_format("short", locale=locale).pattern)
    return locale, " ".join(parts)


@dataclass(frozen=True)
class WeekCount:
    """Episodes in the week starting on Monday ``start``, by area."""

    start: date
    by_area: tuple[tuple[str, int], ...]

    @property
    def total(self) -> int:
        """All episodes that week."""
        return sum(count for _, count in self.by_area)


@dataclass(frozen=True)
class Flag:
    """A red flag the log meets: what it says, when it was met, and the cramps behind it."""

    key: str  # stable while the same cramps meet it, so an acknowledgement can be kept
    text: str
    met_on: date
    episode_ids: tuple[int, ...]


@dataclass(frozen=True)
class LogReview:
    """The log summed up for a person and their doctor."""

    first: date | None
    last: date | None
    episodes: int
    episodes_recent: int
    recent_days: int
    by_area: tuple[tuple[str, int], ...]
    by_time_of_day: tuple[tuple[str, int], ...]
    longest: Episode | None
    sessions: int
    sessions_finished: int
    by_routine: tuple[tuple[str, int], ...]
    weeks: tuple[WeekCount, ...]
    flags: tuple[Flag, ...]
    # The routine id behind each name of by_routine, so its name can be shown in any language.
    routine_ids: tuple[str, ...] = ()


def _area(episode: Episode) -> str:
    return episode.area or no_area()


def long_flag(long: Sequence[Episode], advice: DoctorAdvice) -> Flag | None:
    """The flag for the cramps ``long`` known to have lasted longer than the limit.

    A cramp whose end is not known never counts: its ``minutes`` is None.
    """
    if not long:
        return None
    worst = max(long, key=lambda e: e.seconds or 0)
    first = min(long, key=lambda e: e.started)
    latest = max(long, key=lambda e: e.started)
    return long_flag_of(tuple(e.id for e in long), worst, (first, latest), advice)


def long_flag_of(
    ids: tuple[int, ...], worst: Episode, first_latest: tuple[Episode, Episode],
    advice: DoctorAdvice,
) -> Flag:  # fmt: skip
    """The long-cramp flag from the cramps' ids, the longest, the first and the latest of them.

    The longest is said in the words the list uses (one rounding rule); the flag
    was met on the day of the first such cramp.
    """
    first, latest = first_latest
    fields = {
        "limit": advice.long_cramp_minutes,
        "longest": length_text(worst),
        "day": date_text(worst.started),
    }
    if len(ids) == 1:
        said = LogReviewText.tr(
            "One logged cramp lasted longer than {limit} minutes ({longest}, on {day})."
        ).format(**fields)
    else:
        said = LogReviewText.tr(
            "%n logged cramps lasted longer than {limit} minutes (the longest, {longest}, "
            "on {day}).",
            "",
            len(ids),
        ).format(**fields)
    text = f"{said} {advice.long_cramp_now}"
    return Flag(f"long:{latest.id}", text, first.started.date(), ids)


def _sign_advice(rule: str) -> str:
    """The guidance's advice for a sign rule ("signs": swelling, weakness, numbness; "skin")."""
    if rule == "signs":
        return LogReviewText.tr(
            "Spasms that cause swelling, weakness or numbness are a reason to contact your doctor."
        )
    return LogReviewText.tr("Skin changes along with spasms are a reason to contact your doctor.")


def episode_advice(episode: Episode, advice: DoctorAdvice) -> str:
    """The doctor advice of every red flag this one cramp meets, or "" when it meets none.

    Said again when the cramp is logged, by the same rules as the review.
    """
    said = []
    if episode.longer_than(advice.long_cramp_minutes):
        said.append(advice.long_cramp_now)
    if set(episode.signs) & set(NERVE_SIGNS):
        said.append(_sign_advice("signs"))
    if set(episode.signs) & set(SKIN_SIGNS):
        said.append(_sign_advice("skin"))
    return " ".join(said)


def sign_flags(with_signs: Sequence[Episode]) -> tuple[Flag, ...]:
    """The flags for cramps that came with a sign the guidance names (a ticked sign only).

    One flag per rule of the guidance: swelling, weakness or numbness; skin
    changes. Met on the day of the first cramp with such a sign.
    """
    flags = []
    for key, signs in (("signs", NERVE_SIGNS), ("skin", SKIN_SIGNS)):
        hits = sorted((e for e in with_signs if set(e.signs) & set(signs)),
                      key=lambda e: (e.started, e.id))  # fmt: skip
        if not hits:
            continue
        named = sorted({s for e in hits for s in e.signs if s in signs}, key=signs.index)
        fields = {
            "signs": ", ".join(sign_label(s, in_sentence=True) for s in named),
            "day": date_text(hits[-1].started),
        }
        if len(hits) == 1:
            said = LogReviewText.tr("One logged cramp came with {signs} (on {day}).")
        else:
            said = LogReviewText.tr(
                "%n logged cramps came with {signs} (the latest on {day}).", "", len(hits)
            )
        said = said.format(**fields)
        advice = _sign_advice(key)
        flags.append(Flag(f"{key}:{hits[-1].id}", f"{said} {advice}", hits[0].started.date(),
                          tuple(e.id for e in hits)))  # fmt: skip
    return tuple(flags)


def busiest_window(days: Sequence[float], span: float, needed: int) -> tuple[int, int] | None:
    """Indices [first, end) of the most entries within ``span`` days of one another.

    ``days`` are sorted instants in days (any origin); None when even the
    busiest window holds fewer than ``needed``.
    """
    best, best_first, best_end, first = 0, 0, 0, 0
    for last, day in enumerate(days):
        while day - days[first] >= span:
            first += 1
        if last - first + 1 > best:
            best, best_first, best_end = last - first + 1, first, last + 1
    return None if best < needed else (best_first, best_end)


def first_met(days: Sequence[float], span: float, needed: int) -> int | None:
    """Index of the entry that first made ``needed`` entries within ``span`` days, or None."""
    for last in range(needed - 1, len(days)):
        if days[last] - days[last - needed + 1] < span:
            return last
    return None


def frequent_flag(
    window: Sequence[Episode], advice: DoctorAdvice, met: Episode | None = None
) -> Flag | None:
    """The flag for the cramps of the busiest window, if there are enough of them.

    ``met`` is the cramp that first made the rule true (its day is "met on");
    without it, the window's own.
    """
    if len(window) < advice.frequent_episodes:
        return None
    met = met or window[advice.frequent_episodes - 1]
    text = LogReviewText.tr(
        "%n cramps were logged within {days} days (up to {day}). Cramps that become frequent "
        "without a clear reason are a reason to contact your doctor.",
        "",
        len(window),
    ).format(days=advice.frequent_days, day=date_text(window[-1].started))
    return Flag(f"frequent:{window[-1].id}", text, met.started.date(), tuple(e.id for e in window))


def _frequent_flag(episodes: Sequence[Episode], advice: DoctorAdvice) -> Flag | None:
    ordered = sorted(episodes, key=lambda e: e.started)
    days = [e.started.timestamp() / 86400 for e in ordered]
    window = busiest_window(days, advice.frequent_days, advice.frequent_episodes)
    if window is None:
        return None
    first = first_met(days, advice.frequent_days, advice.frequent_episodes)
    met = None if first is None else ordered[first]
    return frequent_flag(ordered[window[0] : window[1]], advice, met)


def monday_of(day: date) -> date:
    """The Monday that starts ``day``'s week."""
    return day - timedelta(days=day.weekday())


def weeks_between(episodes: Sequence[Episode], first: date, last: date) -> tuple[WeekCount, ...]:
    """Cramps per week, by area, for every week from ``first``'s to ``last``'s."""
    count = (monday_of(last) - monday_of(first)).days // 7 + 1
    return _weeks(episodes, last, count)


def _weeks(episodes: Sequence[Episode], today: date, count: int) -> tuple[WeekCount, ...]:
    tally = Counter((monday_of(e.started.date()).isoformat(), _area(e)) for e in episodes)
    return weeks_from_counts(
        [(monday, area, n) for (monday, area), n in tally.items()], today, count
    )


def weeks_from_counts(
    rows: Sequence[tuple[str, str, int]], today: date, count: int
) -> tuple[WeekCount, ...]:
    """The last ``count`` weeks to ``today`` from (Monday as ISO text, area, cramps) rows."""
    this_monday = monday_of(today)
    starts = [this_monday - timedelta(weeks=back) for back in range(count - 1, -1, -1)]
    tallies: dict[date, Counter[str]] = {start: Counter() for start in starts}
    for monday, area, cramps in rows:
        day = date.fromisoformat(monday)
        if day in tallies:
            tallies[day][area] += cramps
    return tuple(WeekCount(start, tuple(sorted(tallies[start].items()))) for start in starts)


def review_log(
    episodes: Sequence[Episode],
    sessions: Sequence[SessionRecord],
    advice: DoctorAdvice,
    *,
    now: datetime,
    weeks: int = 8,
) -> LogReview:
    """Sum up the log as of ``now``: counts, the last ``weeks`` weeks, and red flags met."""
    days = [e.started.date() for e in episodes] + [s.started.date() for s in sessions]
    recent_from = now - timedelta(days=advice.frequent_days)
    hours = Counter(e.started.hour for e in episodes)
    ended = [e for e in episodes if e.minutes is not None]
    long = [e for e in episodes if e.longer_than(advice.long_cramp_minutes)]
    flags = (
        long_flag(long, advice), *sign_flags([e for e in episodes if e.signs]),
        _frequent_flag(episodes, advice),
    )  # fmt: skip
    by_routine = tuple(Counter(s.routine_name for s in sessions).most_common())
    ids: dict[str, str] = {}
    for record in sessions:
        ids.setdefault(record.routine_name, record.routine_id)
    return LogReview(
        first=min(days, default=None),
        last=max(days, default=None),
        episodes=len(episodes),
        episodes_recent=sum(1 for e in episodes if e.started >= recent_from),
        recent_days=advice.frequent_days,
        by_area=tuple(Counter(_area(e) for e in episodes).most_common()),
        by_time_of_day=tuple(
            (label, sum(hours[h] for h in range(low, high))) for label, low, high in times_of_day()
        ),
        longest=max(ended, key=lambda e: e.minutes or 0, default=None),
        sessions=len(sessions),
        sessions_finished=sum(1 for s in sessions if s.finished),
        by_routine=by_routine,
        weeks=_weeks(episodes, now.date(), weeks),
        flags=tuple(flag for flag in flags if flag),
        routine_ids=tuple(ids[name] for name, _ in by_routine),
    )
