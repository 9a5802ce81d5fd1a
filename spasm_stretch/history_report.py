"""The log as words, CSV or a one-page HTML report for a doctor (printed to PDF by the UI).

All three read the same records and the same review, so the terminal, the
spreadsheet and the paper say the same thing.
"""

from __future__ import annotations

import csv
import html
from collections.abc import Sequence
from datetime import datetime
from typing import TextIO

from spasm_stretch.core.content import DoctorAdvice
from spasm_stretch.core.log_review import LogReview
from spasm_stretch.core.records import Episode, SessionRecord

CSV_COLUMNS = (
    "kind", "started", "ended", "minutes", "area", "routine", "finished",
    "stopped_at_step", "helped", "tags", "note",
)  # fmt: skip
REPORT_RECENT = 10  # episodes listed one by one; more would not fit one page
REPORT_NOTE_CHARS = 60


def minutes_text(episode: Episode) -> str:
    """'12 min', or why there is no duration."""
    return "timer not stopped" if episode.minutes is None else f"{episode.minutes:.0f} min"


def session_outcome(record: SessionRecord) -> str:
    """'finished', 'stopped at step k', or that the app closed during it."""
    if record.finished:
        return "finished"
    if record.ended is None:
        return "not ended (the app closed during it)"
    return f"stopped at step {record.stopped_at_step}"


def episode_details(episode: Episode) -> str:
    """What helped, the tags and the note, in one line."""
    parts = (
        f"helped: {', '.join(episode.helped)}" if episode.helped else "",
        f"tags: {', '.join(episode.tags)}" if episode.tags else "",
        episode.note,
    )
    return "; ".join(part for part in parts if part)


def write_text(
    episodes: Sequence[Episode],
    sessions: Sequence[SessionRecord],
    review: LogReview,
    doctor: DoctorAdvice,
    out: TextIO,
) -> None:
    """Print sessions and cramp episodes, oldest first, then any red flag the log meets."""
    print(f"Routines done: {len(sessions)}", file=out)
    for record in sessions:
        when = record.started.strftime("%Y-%m-%d %H:%M")
        print(f"  {when}  {record.routine_name:<22} {session_outcome(record)}", file=out)
    print(f"Cramp episodes: {len(episodes)}", file=out)
    for episode in episodes:
        when = episode.started.strftime("%Y-%m-%d %H:%M")
        line = f"  {when}  {episode.area or '?':<14} {minutes_text(episode):>7}  "
        print((line + episode_details(episode)).rstrip(), file=out)
    if review.flags:
        print("\nWhen to see a doctor — your log shows:", file=out)
        for flag in review.flags:
            print(f"  ! {flag}", file=out)
        print(f"{doctor.advice} {doctor.disclaimer}", file=out)


def write_csv(episodes: Sequence[Episode], sessions: Sequence[SessionRecord], out: TextIO) -> None:
    """One row per session and per episode, for a spreadsheet or a doctor."""
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for record in sessions:
        writer.writerow(
            ["session", record.started.isoformat(),
             record.ended.isoformat() if record.ended else "", "", "", record.routine_id,
             int(record.finished), record.stopped_at_step or "", "", "", ""]
        )  # fmt: skip
    for episode in episodes:
        minutes = "" if episode.minutes is None else f"{episode.minutes:.1f}"
        writer.writerow(
            ["episode", episode.started.isoformat(),
             episode.ended.isoformat() if episode.ended else "", minutes,
             episode.area, "", "", "", ";".join(episode.helped), ";".join(episode.tags),
             episode.note]
        )  # fmt: skip


def _rows(pairs: Sequence[tuple[str, object]]) -> str:
    return "".join(
        f"<tr><td>{html.escape(str(a))}</td><td align='right'>{html.escape(str(b))}</td></tr>"
        for a, b in pairs
    )


def _table(title: str, pairs: Sequence[tuple[str, object]], empty: str) -> str:
    body = f"<table cellpadding='2'>{_rows(pairs)}</table>" if pairs else f"<p>{empty}</p>"
    return f"<h3>{title}</h3>{body}"


def _short(text: str) -> str:
    return text if len(text) <= REPORT_NOTE_CHARS else text[: REPORT_NOTE_CHARS - 1] + "\u2026"


def report_html(
    episodes: Sequence[Episode], review: LogReview, doctor: DoctorAdvice, *, printed: datetime
) -> str:
    """A one-page summary a person can hand to their doctor."""
    period = (
        f"{review.first:%d %b %Y} to {review.last:%d %b %Y}"
        if review.first and review.last
        else "nothing logged yet"
    )
    longest = (
        f"{review.longest.minutes:.0f} min on {review.longest.started:%d %b %Y %H:%M}"
        if review.longest and review.longest.minutes is not None
        else "none timed"
    )
    summary = [
        ("Cramps logged", review.episodes),
        (f"In the last {review.recent_days} days", review.episodes_recent),
        ("Longest cramp", longest),
        ("Routines done", f"{review.sessions} ({review.sessions_finished} finished)"),
    ]
    flags = (
        "<ul>" + "".join(f"<li>{html.escape(flag)}</li>" for flag in review.flags) + "</ul>"
        if review.flags
        else "<p>None of the red flags listed below is met by this log.</p>"
    )
    recent = "".join(
        f"<tr><td>{e.started:%d %b %Y %H:%M}</td><td>{html.escape(minutes_text(e))}</td>"
        f"<td>{html.escape(e.area or '?')}</td>"
        f"<td>{html.escape(_short(episode_details(e)))}</td></tr>"
        for e in list(reversed(episodes))[:REPORT_RECENT]
    )
    red_flags = "".join(f"<li>{html.escape(flag)}</li>" for flag in doctor.red_flags)
    return (
        "<html><body style='font-size:9pt'>"
        "<h2>Muscle cramp log — spasm-stretch</h2>"
        f"<p>Period: {period}. Printed {printed:%d %b %Y %H:%M}.</p>"
        + _table("Summary", summary, "")
        + "<h3>Red flags met</h3>"
        + flags
        + "<table width='100%'><tr><td valign='top'>"
        + _table("Cramps by area", review.by_area, "No cramps logged.")
        + "</td><td valign='top'>"
        + _table("By time of day", review.by_time_of_day, "")
        + "</td><td valign='top'>"
        + _table("Routines done", review.by_routine, "No routines logged.")
        + "</td></tr></table>"
        + f"<h3>Latest cramps, newest first (up to {REPORT_RECENT})</h3>"
        + (
            f"<table cellpadding='2'><tr><th align='left'>When</th><th align='left'>Length</th>"
            f"<th align='left'>Area</th><th align='left'>Notes</th></tr>{recent}</table>"
            if recent
            else "<p>No cramps logged.</p>"
        )
        + f"<h3>{html.escape(doctor.title)}</h3><p>{html.escape(doctor.intro)}:</p>"
        + f"<ul>{red_flags}</ul><p>{html.escape(doctor.advice)}</p>"
        + f"<p><i>{html.escape(doctor.disclaimer)}</i></p></body></html>"
    )
