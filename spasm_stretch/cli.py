"""The ``spasm-stretch`` command: launch the window, or list, validate and show routines.

Terminal commands print problems as ``file, line N: message`` on stderr and
exit non-zero instead of raising, so a routine author never sees a traceback.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from datetime import time as dt_time
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from spasm_stretch import __version__
from spasm_stretch.core.areas import area_label
from spasm_stretch.core.catalog import ROUTINE_SUFFIXES, Catalog
from spasm_stretch.core.local_zone import use_usable_zone
from spasm_stretch.core.model import Routine, Side
from spasm_stretch.core.plan import Segment, SegmentKind, format_duration, make_plan
from spasm_stretch.i18n.language import SHIPPED, SOURCE_LANGUAGE, choose_language
from spasm_stretch.i18n.text import Text, current_language, use_catalog
from spasm_stretch.library import load_all
from spasm_stretch.resources import images_dir

if TYPE_CHECKING:
    from spasm_stretch.core.problems import Problem

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2
EXIT_BROKEN_PIPE = 128 + 13  # as a program killed by SIGPIPE would report


class CommandLineWords(Text):
    """What the terminal commands print and the help they give."""


class _Formatter(argparse.HelpFormatter):
    """Help whose "usage:" is in the chosen language."""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(
            usage, actions, groups, CommandLineWords.tr("usage: ") if prefix is None else prefix
        )


class _Parser(argparse.ArgumentParser):
    """argparse with its own headings, help line and error prefix in the chosen language.

    Python's argparse takes those from gettext's catalog of the system, which
    has no German, French or Spanish on most machines, so a translated help
    page would otherwise read "usage:", "options:" and "error:". Its messages
    about a wrong argument ("invalid choice") still come from Python.
    """

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(**kwargs, add_help=False)
        self._positionals.title = CommandLineWords.tr("positional arguments")
        self._optionals.title = CommandLineWords.tr("options")
        self.add_argument(
            "-h", "--help", action="help", help=CommandLineWords.tr("show this help and exit")
        )

    def error(self, message: str) -> NoReturn:
        """Print the usage and the problem, then exit with the usage status."""
        self.print_usage(sys.stderr)
        self.exit(
            EXIT_USAGE,
            CommandLineWords.tr("{program}: error: {problem}").format(
                program=self.prog, problem=message
            )
            + "\n",
        )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, shared by the GUI launcher and the terminal commands.

    Kept in one piece: it is the whole command line, the options and then each
    command, in the order ``--help`` lists them.
    """
    parser = _Parser(
        prog="spasm-stretch",
        description=CommandLineWords.tr(
            "Guided stretching routines for muscle cramps and spasms. "
            "Without a command, opens the window."
        ),
        epilog=CommandLineWords.tr("General information only, not medical advice."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=CommandLineWords.tr("show the version and exit"),
    )
    parser.add_argument(
        "--lang",
        metavar=CommandLineWords.tr("CODE"),
        choices=SHIPPED,
        default=None,
        help=CommandLineWords.tr(
            "speak this language ({codes}) instead of the system's or the setting"
        ).format(codes=", ".join(SHIPPED)),
    )
    parser.add_argument(
        "--routines",
        metavar=CommandLineWords.tr("DIR"),
        type=Path,
        action="append",
        default=[],
        help=CommandLineWords.tr(
            "also load routines from DIR (may be given more than once; "
            "a routine here replaces one with the same id)"
        ),
    )
    parser.add_argument(
        "--speed",
        type=_speed,
        default=1.0,
        metavar="N",
        help=CommandLineWords.tr("run sessions N times faster (for demos and tests; default 1)"),
    )
    parser.add_argument(
        "--audio",
        choices=("auto", "pulse", "mini", "qt", "playsound", "silent"),
        default=None,
        help=CommandLineWords.tr(
            "sound player: auto (default in the window), pulse, mini, qt, playsound or silent "
            "(trace plays sounds only when this is given)"
        ),
    )
    parser.add_argument(
        "--background",
        action="store_true",
        help=CommandLineWords.tr("start hidden in the tray (how the login entry starts it)"),
    )
    commands = parser.add_subparsers(dest="command", metavar=CommandLineWords.tr("COMMAND"))
    routine = CommandLineWords.tr("ROUTINE")
    routine_or_file = CommandLineWords.tr("a routine id, or a routine file")
    commands.add_parser(
        "list", help=CommandLineWords.tr("list every routine with its steps and total time")
    )
    validate = commands.add_parser(
        "validate", help=CommandLineWords.tr("check routine files or folders")
    )
    validate.add_argument("paths", nargs="+", type=Path, metavar=CommandLineWords.tr("PATH"))
    show = commands.add_parser(
        "show", help=CommandLineWords.tr("print a routine's timeline, segment by segment")
    )
    show.add_argument("routine", metavar=routine, help=routine_or_file)
    run = commands.add_parser(
        "run", help=CommandLineWords.tr("open the window on a routine, ready to start")
    )
    run.add_argument("routine", metavar=routine, help=CommandLineWords.tr("a routine id"))
    commands.add_parser(
        "relief",
        help=CommandLineWords.tr("open the window on quick relief for a cramp happening now"),
    )
    commands.add_parser(
        "today", help=CommandLineWords.tr("start today's reminded routine (or the last one)")
    )
    commands.add_parser(
        "install-desktop", help=CommandLineWords.tr("add the app to the applications menu")
    )
    commands.add_parser(
        "uninstall-desktop", help=CommandLineWords.tr("remove it from the applications menu")
    )
    autostart = commands.add_parser(
        "autostart", help=CommandLineWords.tr("start at login, hidden in the tray")
    )
    autostart.add_argument("state", choices=("on", "off"))
    commands.add_parser(
        "sounds", help=CommandLineWords.tr("show which sound player works and play each cue")
    )
    history = commands.add_parser(
        "history", help=CommandLineWords.tr("print the log of routines and cramp episodes")
    )
    history.add_argument(
        "--csv", action="store_true", help=CommandLineWords.tr("comma-separated values instead")
    )
    history.add_argument(
        "--all", action="store_true", help=CommandLineWords.tr("every entry, not only the latest")
    )
    history.add_argument(
        "--since", type=_since, metavar=CommandLineWords.tr("DATE"),
        help=CommandLineWords.tr("entries from this day on (YYYY-MM-DD)"),
    )  # fmt: skip
    trace = commands.add_parser(
        "trace",
        help=CommandLineWords.tr("run a routine with no window and print each event as it fires"),
    )
    trace.add_argument("routine", metavar=routine, help=routine_or_file)
    trace.add_argument(
        "--speed",
        type=_speed,
        default=argparse.SUPPRESS,
        metavar="N",
        help=CommandLineWords.tr("run N times faster"),
    )
    trace.add_argument(
        "--json", action="store_true", help=CommandLineWords.tr("one JSON object per event")
    )
    trace.add_argument(
        "--voice",
        action="store_true",
        help=CommandLineWords.tr("with --audio: speak step names and changes, as the window does"),
    )
    return parser


def _speed(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not 0.1 <= value <= 1000:
        raise argparse.ArgumentTypeError(
            CommandLineWords.tr("speed must be a number from 0.1 to 1000, got {value}").format(
                value=repr(text)
            )
        )
    return value


def _since(text: str) -> datetime:
    """The start of the day ``text`` names (YYYY-MM-DD), in local time."""
    try:
        return datetime.combine(date.fromisoformat(text.strip()), dt_time()).astimezone()
    except ValueError:
        raise argparse.ArgumentTypeError(
            CommandLineWords.tr("a date looks like 2026-11-03, got {value}").format(
                value=repr(text)
            )
        ) from None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code.

    Output cut short by its reader (``| head``) ends the command quietly, the
    way ``cat`` or ``ls`` end, instead of with a BrokenPipeError traceback.
    """
    use_catalog(choose_language(requested_language(argv), os.environ))
    zone_message = use_usable_zone()
    if zone_message:
        print(zone_message, file=sys.stderr)
    args = build_parser().parse_args(argv)
    try:
        return _dispatch(args)
    except BrokenPipeError:
        return reader_went_away()


def requested_language(argv: Sequence[str] | None) -> str | None:
    """The ``--lang`` given, read before the parser is built so its help is in that language."""
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--lang", default=None)
    lang: str | None = early.parse_known_args(sys.argv[1:] if argv is None else argv)[0].lang
    return lang


def reader_went_away() -> int:
    """Silence stdout for good (Python flushes it at exit) and give SIGPIPE's exit status."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return EXIT_BROKEN_PIPE


def _dispatch(args: argparse.Namespace) -> int:
    if args.command in (None, "run", "relief", "today"):
        return _open_window(args)
    if args.command in ("install-desktop", "uninstall-desktop", "autostart"):
        from spasm_stretch.desktop.commands import desktop_command

        return desktop_command(args, sys.stdout, sys.stderr)
    if args.command == "sounds":
        from spasm_stretch.audio.check import play_every_cue

        return play_every_cue(args.audio or "auto", sys.stdout, sys.stderr)
    if args.command == "history":
        return print_history(args, sys.stdout, sys.stderr)
    if args.command == "validate":
        return validate_paths(args.paths, sys.stdout, sys.stderr)
    catalog = load_all(args.routines)
    if args.command == "list":
        return list_routines(catalog, sys.stdout, sys.stderr)
    if args.command == "trace":
        return trace_routine(catalog, args, sys.stdout, sys.stderr)
    return show_routine(catalog, args.routine, sys.stdout, sys.stderr)


def _open_window(args: argparse.Namespace) -> int:
    """Check what can be checked without Qt, then open the window.

    Without a display Qt aborts the process with a core dump, and an unknown
    routine id would only be noticed after the window is built, so both are
    plain messages (exit 2) before Qt starts.
    """
    routine_id = args.routine if args.command == "run" else None
    if routine_id is not None:
        catalog = load_all(args.routines)
        if catalog.find(routine_id) is None:
            print(unknown_routine(routine_id, catalog), file=sys.stderr)
            return EXIT_USAGE
    from spasm_stretch.desktop.handover import pass_launch

    code = pass_launch(args.command, routine_id or "", background=args.background)
    if code is not None:
        return code  # the copy already running does it
    problem = display_problem(os.environ, sys.platform)
    if problem:
        print(problem, file=sys.stderr)
        return EXIT_USAGE
    from spasm_stretch.app import run_app

    return run_app(args, request=args.command, routine_id=routine_id or "")


def display_problem(environ: Mapping[str, str], platform: str) -> str:
    """Why the window cannot open here, or "" (only knowable on Linux, from the environment)."""
    if not platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return ""
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return ""
    return CommandLineWords.tr(
        "spasm-stretch cannot open its window: there is no display (neither DISPLAY nor "
        "WAYLAND_DISPLAY is set). The terminal commands work without one: list, show, "
        "trace, validate, history."
    )


def _print_problems(problems: Sequence[Problem], err: TextIO) -> None:
    for problem in problems:
        print(problem, file=err)


def unknown_routine(name: str, catalog: Catalog) -> str:
    """The message for a routine id that is not in ``catalog``, with the ids that are."""
    known = ", ".join(r.id for r in catalog.routines)
    return CommandLineWords.tr("no routine with the id {id}; known ids: {known}").format(
        id=repr(name), known=known
    )


def origin_words(label: str) -> str:
    """A source's label as the user reads it (the labels themselves are identifiers)."""
    words = {"built-in": CommandLineWords.tr("built-in"), "yours": CommandLineWords.tr("yours")}
    return words.get(label, label)


def list_routines(catalog: Catalog, out: TextIO, err: TextIO) -> int:
    """Print one line per routine; problems go to ``err`` and do not change the exit code."""
    rows = [
        (
            CommandLineWords.tr("ID"),
            CommandLineWords.tr("NAME"),
            CommandLineWords.tr("AREA"),
            CommandLineWords.tr("STEPS"),
            CommandLineWords.tr("TIME"),
            CommandLineWords.tr("FROM"),
        )
    ]
    for entry in catalog.entries:
        routine = entry.routine
        origin = origin_words(entry.origin)
        if entry.replaces is not None:
            origin = CommandLineWords.tr("{origin} (replaces {file})").format(
                origin=origin, file=entry.replaces
            )
        total = format_duration(make_plan(routine).total)
        rows.append(
            (
                routine.id,
                routine.name,
                area_label(routine.area),
                str(len(routine.steps)),
                total,
                origin,
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    for row in rows:
        cells = [
            cell.rjust(w) if i in (3, 4) else cell.ljust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=False))
        ]
        print("  ".join([*cells, row[5]]), file=out)
    _print_problems(catalog.problems, err)
    return EXIT_OK


def validate_paths(paths: Sequence[Path], out: TextIO, err: TextIO) -> int:
    """Check files and folders; exit 1 when any routine has an error."""
    from spasm_stretch.core.content_check import check_content

    catalog = check_content(paths, [images_dir()])
    _print_problems(catalog.problems, err)
    if not catalog.problems and not catalog.routines:
        print(CommandLineWords.tr("no routine files (.yaml or .yml) found"), file=err)
        return EXIT_INVALID
    if catalog.errors:
        broken = CommandLineWords.tr("%n file(s) with errors", "", len(catalog.errors))
        print(
            CommandLineWords.tr("{broken}, %n valid", "", len(catalog.routines)).format(
                broken=broken
            ),
            file=err,
        )
        return EXIT_INVALID
    print(CommandLineWords.tr("ok: %n routine(s) valid", "", len(catalog.routines)), file=out)
    return EXIT_OK


def _find(catalog: Catalog, name: str, err: TextIO) -> Routine | None:
    path = Path(name)
    if path.suffix.lower() in ROUTINE_SUFFIXES:  # never an id: ids have no dots
        from spasm_stretch.core.content_language import translated
        from spasm_stretch.core.loader import load_routine_file
        from spasm_stretch.core.routine_files import ImageFinder

        result = translated(
            load_routine_file(path, ImageFinder([images_dir()])), current_language()
        )
        _print_problems(result.problems, err)
        return result.routine
    routine = catalog.find(name)
    if routine is None:
        print(unknown_routine(name, catalog), file=err)
    return routine


def describe_segment(segment: Segment, routine: Routine) -> str:
    """A short human description of what happens during ``segment``."""
    step = routine.steps[segment.step_index]
    side = ""
    if segment.side is not Side.NONE:
        side = " " + (
            CommandLineWords.tr("left")
            if segment.side is Side.LEFT
            else CommandLineWords.tr("right")
        )
    reps = ""
    if step.reps > 1:
        reps = " " + CommandLineWords.tr("(rep {rep} of {reps})").format(
            rep=segment.rep, reps=step.reps
        )
    if segment.kind is SegmentKind.PREPARE:
        return CommandLineWords.tr("get into position for {step}").format(step=step.name)
    if segment.kind is SegmentKind.HOLD and segment.repetition:
        movement = CommandLineWords.tr("rep {repetition} of {count}").format(
            repetition=segment.repetition, count=step.count
        )
        if segment.length > step.tempo:
            reps += " " + CommandLineWords.tr("({tempo:g} s, then hold)").format(tempo=step.tempo)
        return movement + side + reps
    if segment.kind is SegmentKind.HOLD:
        holds = {
            Side.LEFT: CommandLineWords.tr("hold left"),
            Side.RIGHT: CommandLineWords.tr("hold right"),
        }
        return holds.get(segment.side, CommandLineWords.tr("hold")) + reps
    if segment.kind is SegmentKind.FLOW and segment.pose is not None:
        return f"{segment.pose.pose}{side}{reps}: {segment.pose.cue}"  # as written: German nouns
    if segment.kind is SegmentKind.SWITCH:
        if segment.side is Side.RIGHT:
            return CommandLineWords.tr("switch to the right side")
        return CommandLineWords.tr("switch to the left side")
    return CommandLineWords.tr("relax")


def show_routine(catalog: Catalog, name: str, out: TextIO, err: TextIO) -> int:
    """Print ``name``'s timeline, one line per segment with its start and length."""
    routine = _find(catalog, name, err)
    if routine is None:
        return EXIT_INVALID
    plan = make_plan(routine)
    print(
        CommandLineWords.tr("{name} ({id}): {total} in all, {active} stretching").format(
            name=routine.name,
            id=routine.id,
            total=format_duration(plan.total),
            active=format_duration(plan.active_total),
        ),
        file=out,
    )
    start, length, step = (
        CommandLineWords.tr("start"),
        CommandLineWords.tr("length"),
        CommandLineWords.tr("step"),
    )
    widths = (max(6, len(start)), max(6, len(length)), max(4, len(step)))
    what = CommandLineWords.tr("what")
    print(f"{start:>{widths[0]}}  {length:>{widths[1]}}  {step:>{widths[2]}}  {what}", file=out)
    for segment in plan.segments:
        print(
            f"{format_duration(segment.start):>{widths[0]}}  "
            f"{format_duration(segment.length):>{widths[1]}}  "
            f"{segment.step_index + 1:>{widths[2]}}  {describe_segment(segment, routine)}",
            file=out,
        )
    return EXIT_OK


def trace_routine(catalog: Catalog, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Run a routine headless through the Qt driver, printing events as they fire."""
    routine = _find(catalog, args.routine, err)
    if routine is None:
        return EXIT_INVALID
    from spasm_stretch.trace import run_trace

    return run_trace(
        routine, out, speed=args.speed, as_json=args.json, audio=args.audio, voice=args.voice
    )


RECENT_ENTRIES = 20  # of each kind: with the summary, a screenful


def print_history(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Print the log: by default its totals, red flags and latest entries, as a command should.

    A log of years holds more than anyone reads in a terminal, and listing it
    all took seconds; ``--all`` and ``--since DATE`` give the rest, ``--csv``
    the data. The review is summed up in SQL, so it costs the same at any size.
    """
    from spasm_stretch.core.content import load_guidance
    from spasm_stretch.core.log_words import log_words
    from spasm_stretch.log.report import write_csv, write_text
    from spasm_stretch.log.store import OPEN_WAIT, WRITE_WAIT, LogStore
    from spasm_stretch.log.writer import LogWriter
    from spasm_stretch.resources import assets_dir
    from spasm_stretch.user_paths import data_dir, spill_folders

    history = LogStore(data_dir() / "history.db", lock_timeout=OPEN_WAIT, write_wait=WRITE_WAIT)
    if history.notice:
        print(history.notice, file=err)
    # A log another program holds locked is only read: its side files wait for a later start.
    free = not (history.volatile or history.locked_at_open)
    if free and (found := LogWriter(history).recover(spill_folders())):
        recovered = CommandLineWords.tr(
            "%n entries the app could not save earlier are now in the log.", "", found
        )
        print(recovered, file=err)
    latest_only = not (args.all or args.csv or args.since)
    if latest_only:
        episodes = history.episodes_page(0, RECENT_ENTRIES)[::-1]
        sessions = history.sessions_page(0, RECENT_ENTRIES)[::-1]
    else:
        episodes, sessions = history.episodes(since=args.since), history.sessions(since=args.since)
    if args.csv:
        history.close()
        write_csv(episodes, sessions, out)  # data: the labels as stored, in English
        return EXIT_OK
    folder, language = assets_dir() / "content", current_language()
    guidance = load_guidance(folder, language)
    flags = history.flags(guidance.doctor)
    totals = history.counts()[::-1] if latest_only else None  # runs, then cramps
    history.close()
    routines = () if language == SOURCE_LANGUAGE else load_all(()).routines  # their names
    words = log_words(folder, language, guidance.relief, routines)
    write_text(
        [words.shown_episode(e) for e in episodes],
        [words.shown_session(s) for s in sessions],
        flags,
        guidance.doctor,
        out,
        totals=totals,
    )
    return EXIT_OK
