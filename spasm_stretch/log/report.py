"""The log as words, CSV, or an HTML report for a doctor (printed to PDF by the UI).

All three read the same records and the same review, so the terminal, the
spreadsheet and the paper say the same thing. Times are shown in the local
time zone of the reader; the CSV gives full ISO instants with their offset.
"""

from __future__ import annotations

import csv
import html
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, TextIO

from spasm_stretch.core.cramp import length_text, side_text
from spasm_stretch.core.log_review import Flag, LogReview, WeekCount, date_text, sign_label
from spasm_stretch.core.records import RED_SIGNS, Episode, SessionRecord
from spasm_stretch.i18n.text import Text

if TYPE_CHECKING:
    from spasm_stretch.core.content import DoctorAdvice


class ReportText(Text):
    """Words of the log as text and of the doctor's report (never of the CSV: that is data)."""


CSV_COLUMNS = (
    "kind", "started", "ended", "minutes", "end", "area", "side", "severity", "routine",
    "finished", "stopped_at_step", "helped", "tags", "note", *RED_SIGNS,
)  # fmt: skip
# A cell starting with one of these is a formula to a spreadsheet (OWASP's CSV injection list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(text: str) -> str:
    """``text`` as a spreadsheet shows it, never runs it: a leading ' stops a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def session_outcome(record: SessionRecord) -> str:
    """'finished', 'stopped at step k', or that the app closed during it."""
    if record.finished:
        return ReportText.tr("finished")
    if record.ended is None:
        return ReportText.tr("not ended (the app closed during it)")
    if record.stopped_at_step is None:  # ended, not finished, and no step noted
        return ReportText.tr("stopped before the end")
    return ReportText.tr("stopped at step {step}").format(step=record.stopped_at_step)


def severity_text(episode: Episode) -> str:
    """'7/10', or '' when not rated."""
    return "" if episode.severity is None else f"{episode.severity}/10"


def signs_text(episode: Episode) -> str:
    """The red-flag signs ticked for a cramp, in words ("Numbness, Swelling"), or ''."""
    return ", ".join(sign_label(sign) for sign in episode.signs)


def episode_details(episode: Episode) -> str:
    """Severity, the red-flag signs, what helped, the tags and the note, in one line."""
    parts = (
        ReportText.tr("signs: {items}").format(items=signs_text(episode)) if episode.signs else "",
        ReportText.tr("severity {rating}").format(rating=severity_text(episode))
        if episode.severity is not None
        else "",
        ReportText.tr("helped: {items}").format(items=", ".join(episode.helped))
        if episode.helped
        else "",
        ReportText.tr("tags: {items}").format(items=", ".join(episode.tags))
        if episode.tags
        else "",
        episode.note,
    )
    return "; ".join(part for part in parts if part)


def where_text(episode: Episode) -> str:
    """Area and side together: 'Calf or foot (left)'."""
    area = episode.area or "?"
    return f"{area} ({side_text(episode.side)})" if episode.side else area


def write_text(
    episodes: Sequence[Episode],
    sessions: Sequence[SessionRecord],
    flags: Sequence[Flag],
    doctor: DoctorAdvice,
    out: TextIO,
    *,
    totals: tuple[int, int] | None = None,
) -> None:
    """Print sessions and cramp episodes, oldest first, then any red flag the log meets.

    ``totals`` (routine runs, cramps in the whole log) says the lists are only
    the latest: the counts are then the log's, and a line says how many
    earlier entries were left out and how to see them.
    """
    run_total, cramp_total = totals or (len(sessions), len(episodes))
    # Some locales' short dates vary in length ("5/11/26 4:12"): pad them so columns line up.
    starts = [record.started for record in sessions] + [episode.started for episode in episodes]
    whens = [date_text(start, "listing") for start in starts]
    width = max(map(len, whens), default=0)
    print(ReportText.tr("Routines done: {count}").format(count=run_total), file=out)
    _print_left_out(run_total - len(sessions), out)
    for record, when in zip(sessions, whens, strict=False):
        print(f"  {when:<{width}}  {record.routine_name:<22} {session_outcome(record)}", file=out)
    print(ReportText.tr("Cramp episodes: {count}").format(count=cramp_total), file=out)
    _print_left_out(cramp_total - len(episodes), out)
    for episode, when in zip(episodes, whens[len(sessions) :], strict=True):
        line = f"  {when:<{width}}  {where_text(episode):<22} {length_text(episode):>15}  "
        print((line + episode_details(episode)).rstrip(), file=out)
    if flags:
        print("\n" + ReportText.tr("When to see a doctor — your log shows:"), file=out)
        for flag in flags:
            met = ReportText.tr("(met on {day})").format(day=date_text(flag.met_on))
            print(f"  ! {flag.text} {met}", file=out)
        print(f"{doctor.advice} {doctor.disclaimer}", file=out)


def _print_left_out(count: int, out: TextIO) -> None:
    """Say that ``count`` earlier entries are not listed, and how to list them."""
    if count > 0:
        print("  " + ReportText.tr(
            "(%n earlier not shown: --all lists every entry, --since DATE those from a day)",
            "", count,
        ), file=out)  # fmt: skip


def write_csv(episodes: Sequence[Episode], sessions: Sequence[SessionRecord], out: TextIO) -> None:
    """One row per session and per episode, for a spreadsheet or a doctor."""
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for record in sessions:
        writer.writerow(
            ["session", record.started.isoformat(),
             record.ended.isoformat() if record.ended else "", "", "", "", "", "",
             safe_cell(record.routine_id), int(record.finished), record.stopped_at_step or "",
             "", "", "", *("" for _ in RED_SIGNS)]
        )  # fmt: skip
    for episode in episodes:
        minutes = "" if episode.minutes is None else f"{episode.minutes:.1f}"
        writer.writerow(
            ["episode", episode.started.isoformat(),
             episode.ended.isoformat() if episode.ended else "", minutes, episode.end.value,
             safe_cell(episode.area), episode.side,
             "" if episode.severity is None else episode.severity, "", "", "",
             safe_cell(";".join(episode.helped)), safe_cell(";".join(episode.tags)),
             safe_cell(episode.note), *(int(sign in episode.signs) for sign in RED_SIGNS)]
        )  # fmt: skip


@dataclass(frozen=True)
class ReportRequest:
    """What the person asked the report to cover."""

    first: date
    last: date
    name: str = ""


def _e(text: object) -> str:
    return html.escape(str(text))


def _tag(tag: str, text: str) -> str:
    """``text`` escaped, in one HTML element."""
    return f"<{tag}>{_e(text)}</{tag}>"


def _pairs(title: str, pairs: Sequence[tuple[str, object]], empty: str) -> str:
    rows = "".join(f"<tr><td>{_e(a)}</td><td align='right'>{_e(b)}</td></tr>" for a, b in pairs)
    body = f"<table cellpadding='2'>{rows}</table>" if pairs else f"<p>{_e(empty)}</p>"
    return f"<h3>{_e(title)}</h3>{body}"


def _week_runs(weeks: Sequence[WeekCount]) -> list[WeekCount | tuple[WeekCount, WeekCount, int]]:
    """The weeks, with each run of two or more empty weeks folded to (first, last, count)."""
    shown: list[WeekCount | tuple[WeekCount, WeekCount, int]] = []
    run: list[WeekCount] = []
    for week in (*weeks, None):
        if week is not None and week.total == 0:
            run.append(week)
            continue
        if len(run) >= 2:
            shown.append((run[0], run[-1], len(run)))
        else:
            shown.extend(run)
        run = []
        if week is not None:
            shown.append(week)
    return shown


def _week_chart(weeks: Sequence[WeekCount]) -> str:
    """Cramps per week as bars of table cells: text and shapes a PDF keeps sharp.

    Runs of empty weeks are one line ("10 Feb to the week of 24 Mar: no cramps (7 weeks)"), so a
    long period reads as its cramps, not as rows of zeros.
    """
    most = max((week.total for week in weeks), default=0) or 1
    rows = []
    for week in _week_runs(weeks):
        if isinstance(week, tuple):
            first, last, count = week
            rows.append(
                f"<tr><td width='14%'>{_e(date_text(first.start, 'day_month'))}</td>"
                "<td width='4%' align='right'>0</td><td colspan='2'><small>"
                + _e(
                    ReportText.tr("to the week of {last}: no cramps (%n weeks)", "", count).format(
                        last=date_text(last.start, "day_month")
                    )
                )
                + "</small></td></tr>"
            )
            continue
        width = round(70 * week.total / most)
        bar = (
            f"<td width='{width}%' bgcolor='#c0392b'>&nbsp;</td><td width='{70 - width}%'></td>"
            if width
            else "<td width='70%'></td>"
        )
        areas = ", ".join(f"{area} {count}" for area, count in week.by_area)
        rows.append(
            f"<tr><td width='14%'>{_e(date_text(week.start, 'day_month'))}</td>"
            "<td width='4%' align='right'>"
            f"{week.total}</td><td><table width='100%' cellspacing='0'><tr>{bar}</tr></table></td>"
            f"<td width='30%'><small>{_e(areas)}</small></td></tr>"
        )
    return (
        _tag("h3", ReportText.tr("Cramps per week (weeks start on Monday)"))
        + f"<table width='100%' cellspacing='1' cellpadding='1'>{''.join(rows)}</table>"
    )


def _noted(episode: Episode) -> str:
    """The last column of a cramp's row: its signs (bold), tags, note and what helped.

    One column for all of them: a long word among the tags ("Hautveränderungen")
    no longer widens a column of its own and squeezes the note to a sliver.
    """
    lines = []
    marks = [f"<b>{_e(sign_label(sign))}</b>" for sign in episode.signs]
    marks += [_e(tag) for tag in episode.tags]
    if marks:
        lines.append(", ".join(marks))
    if episode.note:
        lines.append(_e(episode.note))
    if episode.helped:
        helped = ReportText.tr("helped: {items}").format(items=", ".join(episode.helped))
        lines.append(f"<small>{_e(helped)}</small>")
    return "<br>".join(lines)


def _cramp_table(episodes: Sequence[Episode], flagged: set[int]) -> str:
    if not episodes:
        return _tag("p", ReportText.tr("No cramps were logged in this period."))
    head = "".join(
        f"<th align='left' width='{width}%'>{_e(label)}</th>"
        for label, width in (
            (ReportText.tr("Date"), 13), (ReportText.tr("Time"), 7),
            (ReportText.tr("Area"), 13), (ReportText.tr("Side"), 7),
            (ReportText.tr("Length"), 14), (ReportText.tr("Severity"), 8),
            (ReportText.tr("Signs, tags and note"), 38),
        )
    )  # fmt: skip
    rows = "".join(
        f"<tr><td>{_e(date_text(e.started))}</td><td>{_e(date_text(e.started, 'time'))}</td>"
        f"<td>{_e(e.area or '?')}"
        f"{' <b>(!)</b>' if e.id in flagged else ''}</td><td>{_e(side_text(e.side))}</td>"
        f"<td>{_e(length_text(e))}</td><td>{_e(severity_text(e))}</td><td>{_noted(e)}</td></tr>"
        for e in episodes
    )
    return (
        "<table width='99%' border='1' cellspacing='0' cellpadding='3' "
        f"style='border-collapse: collapse; border-color: #999'><thead><tr>{head}</tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )


def report_html(
    episodes: Sequence[Episode],
    review: LogReview,
    doctor: DoctorAdvice,
    request: ReportRequest,
    *,
    printed: datetime,
) -> str:
    """A report a person can hand to their doctor: every cramp in the period, and its shape.

    ``episodes`` and ``review`` cover the requested period only. The short parts
    (summary, red flags, chart, counts) come first and the full cramp list last,
    so a page break never leaves a page with nothing but its footer.
    """
    flagged = {i for flag in review.flags for i in flag.episode_ids}
    red_flags = "".join(f"<li>{_e(flag)}</li>" for flag in doctor.red_flags)
    name = (
        _tag("p", ReportText.tr("Name: {name}").format(name=request.name))
        if request.name.strip()
        else ""
    )
    period = ReportText.tr(
        "Period: {first} to {last}. Printed {printed} (times are local, {zone})."
    ).format(
        first=date_text(request.first),
        last=date_text(request.last),
        printed=date_text(printed, "day_time"),
        zone=f"{printed:%Z %z}",
    )
    count = ReportText.tr("Every cramp in the period ({count}), oldest first").format(
        count=len(episodes)
    )
    return (
        "<html><body style='font-size:9pt'>"
        + _tag("h2", ReportText.tr("Muscle cramp log — spasm-stretch"))
        + name
        + _tag("p", period)
        + _tag("h3", ReportText.tr("Red flags met in this period"))
        + _met_flags(review, episodes)
        + _pairs(ReportText.tr("Summary"), _summary(review), "")
        + _week_chart(review.weeks)
        + "<table width='100%' cellspacing='6'><tr><td valign='top'>"
        + _pairs(ReportText.tr("By time of day"), review.by_time_of_day, "")
        + "</td><td valign='top'>"
        + _pairs(ReportText.tr("By area"), review.by_area, ReportText.tr("No cramps logged."))
        + "</td><td valign='top'>"
        + _pairs(
            ReportText.tr("Routines done"), review.by_routine, ReportText.tr("No routines logged.")
        )
        + "</td></tr><tr><td valign='top'>"
        + _pairs(
            ReportText.tr("By side"),
            _tally(side_text(e.side) for e in episodes if e.side),
            ReportText.tr("Not noted."),
        )
        + "</td><td valign='top'>"
        + _pairs(
            ReportText.tr("What helped"),
            _tally(i for e in episodes for i in e.helped),
            ReportText.tr("Not noted."),
        )
        + "</td><td valign='top'>"
        + _pairs(
            ReportText.tr("Noted with the cramps (medication, signs, ...)"),
            _tally(i for e in episodes for i in (*e.tags, *map(sign_label, e.signs))),
            ReportText.tr("Nothing noted."),
        )
        + "</td></tr></table>"
        + f"<h3>{_e(doctor.title)}</h3><p>{_e(doctor.intro)}:</p><ul>{red_flags}</ul>"
        + f"<p>{_e(doctor.advice)} <i>{_e(doctor.disclaimer)}</i></p>"
        # The key to (!) is part of the heading: the two always stand together over the table.
        + f"<h3>{_e(count)}<br><span style='font-size:7pt; font-weight:normal'>"
        + _e(ReportText.tr("(!) marks a cramp that meets a red flag above."))
        + "</span></h3>"
        + _cramp_table(episodes, flagged)
        + "</body></html>"
    )


def _tally(items: Iterable[str]) -> list[tuple[str, object]]:
    """How often each item was noted, most often first."""
    return list(Counter(items).most_common())


def _summary(review: LogReview) -> list[tuple[str, object]]:
    """The report's summary lines: cramps logged, the longest, routines done."""
    longest = (
        ReportText.tr("{length} on {when}").format(
            length=length_text(review.longest), when=date_text(review.longest.started, "day_time")
        )
        if review.longest
        else ReportText.tr("none with a known length")
    )
    return [
        (ReportText.tr("Cramps logged"), review.episodes),
        (ReportText.tr("Longest cramp"), longest),
        (
            ReportText.tr("Routines done"),
            ReportText.tr("{done} ({finished} finished)").format(
                done=review.sessions, finished=review.sessions_finished
            ),
        ),
    ]


def _met_flags(review: LogReview, episodes: Sequence[Episode]) -> str:
    """The red flags this period meets, each with the cramps that met it, as HTML."""
    by_id = {e.id: e for e in episodes}
    return (
        "<ul>"
        + "".join(
            "<li>"
            + _e(
                ReportText.tr("{flag} Met on {day}; cramps: {cramps}").format(
                    flag=flag.text,
                    day=date_text(flag.met_on),
                    cramps=", ".join(
                        date_text(by_id[i].started, "day_month_time")
                        for i in flag.episode_ids
                        if i in by_id
                    ),
                )
            )
            + "</li>"
            for flag in review.flags
        )
        + "</ul>"
        if review.flags
        else _tag("p", ReportText.tr("This log meets none of the red flags below."))
    )
