"""The ``spasm-stretch`` command: launch the window, or list, validate and show routines.

Terminal commands print problems as ``file, line N: message`` on stderr and
exit non-zero instead of raising, so a routine author never sees a traceback.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from spasm_stretch import __version__
from spasm_stretch.core.catalog import ROUTINE_SUFFIXES, Catalog, RoutineSource, load_catalog
from spasm_stretch.core.loader import ImageFinder, load_routine_file
from spasm_stretch.core.model import Routine, Side
from spasm_stretch.core.plan import Segment, SegmentKind, format_duration, make_plan
from spasm_stretch.core.problems import Problem
from spasm_stretch.i18n.language import SHIPPED, choose_language
from spasm_stretch.i18n.text import use_catalog
from spasm_stretch.resources import builtin_routines_dir, images_dir

TYPE_CHECKING = False  # as typing's, without importing typing: ~3 ms of every command's start
if TYPE_CHECKING:
    from typing import TextIO

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2
EXIT_BROKEN_PIPE = 128 + 13  # as a program killed by SIGPIPE would report


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, shared by the GUI launcher and the terminal commands."""
    parser = argparse.ArgumentParser(
        prog="spasm-stretch",
        description="Guided stretching routines for muscle cramps and spasms. "
        "Without a command, opens the window.",
        epilog="General information only, not medical advice.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--lang",
        metavar="CODE",
        choices=SHIPPED,
        default=None,
        help=f"speak this language ({', '.join(SHIPPED)}) instead of the system's or the setting",
    )
    parser.add_argument(
        "--routines",
        metavar="DIR",
        type=Path,
        action="append",
        default=[],
        help="also load routines from DIR (may be given more than once; "
        "a routine here replaces one with the same id)",
    )
    parser.add_argument(
        "--speed",
        type=_speed,
        default=1.0,
        metavar="N",
        help="run sessions N times faster (for demos and tests; default 1)",
    )
    parser.add_argument(
        "--audio",
        choices=("auto", "qt", "playsound", "silent"),
        default=None,
        help="sound player: auto (default in the window), qt, playsound or silent "
        "(trace plays sounds only when this is given)",
    )
    parser.add_argument(
        "--background",
        action="store_true",
        help="start hidden in the tray (how the login entry starts it)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("list", help="list every routine with its steps and total time")
    validate = commands.add_parser("validate", help="check routine files or folders")
    validate.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    show = commands.add_parser("show", help="print a routine's timeline, segment by segment")
    show.add_argument("routine", metavar="ROUTINE", help="a routine id, or a routine file")
    run = commands.add_parser("run", help="open the window on a routine, ready to start")
    run.add_argument("routine", metavar="ROUTINE", help="a routine id")
    commands.add_parser("relief", help="open the window on quick relief for a cramp happening now")
    commands.add_parser("today", help="start today's reminded routine (or the last one)")
    commands.add_parser("install-desktop", help="add the app to the applications menu")
    commands.add_parser("uninstall-desktop", help="remove it from the applications menu")
    autostart = commands.add_parser("autostart", help="start at login, hidden in the tray")
    autostart.add_argument("state", choices=("on", "off"))
    commands.add_parser("sounds", help="show which sound player works and play each cue")
    history = commands.add_parser("history", help="print the log of routines and cramp episodes")
    history.add_argument("--csv", action="store_true", help="comma-separated values instead")
    trace = commands.add_parser(
        "trace", help="run a routine with no window and print each event as it fires"
    )
    trace.add_argument("routine", metavar="ROUTINE", help="a routine id, or a routine file")
    trace.add_argument(
        "--speed", type=_speed, default=argparse.SUPPRESS, metavar="N", help="run N times faster"
    )
    trace.add_argument("--json", action="store_true", help="one JSON object per event")
    return parser


def _speed(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not 0.1 <= value <= 1000:
        raise argparse.ArgumentTypeError(f"speed must be a number from 0.1 to 1000, got {text!r}")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code.

    Output cut short by its reader (``| head``) ends the command quietly, the
    way ``cat`` or ``ls`` end, instead of with a BrokenPipeError traceback.
    """
    use_catalog(choose_language(requested_language(argv), os.environ))
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
        return print_history(args.csv, sys.stdout, sys.stderr)
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
            known = ", ".join(r.id for r in catalog.routines)
            print(f"no routine with the id {routine_id!r}; known ids: {known}", file=sys.stderr)
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
    return (
        "spasm-stretch cannot open its window: there is no display (neither DISPLAY nor "
        "WAYLAND_DISPLAY is set). The terminal commands work without one: list, show, "
        "trace, validate, history."
    )


def routine_folders(extra: Sequence[Path]) -> list[RoutineSource]:
    """Built-in, then the user's folder, then folders from ``--routines``, in priority order."""
    from spasm_stretch.user_paths import user_routines_dir

    return [
        RoutineSource.folder(builtin_routines_dir(), "built-in"),
        RoutineSource.folder(user_routines_dir(), "yours", optional=True),
        *(RoutineSource.folder(path, "--routines") for path in extra),
    ]


def load_all(extra: Sequence[Path]) -> Catalog:
    """Load every routine the app would offer."""
    return load_catalog(routine_folders(extra), [images_dir()])


def _print_problems(problems: Sequence[Problem], err: TextIO) -> None:
    for problem in problems:
        print(problem, file=err)


def list_routines(catalog: Catalog, out: TextIO, err: TextIO) -> int:
    """Print one line per routine; problems go to ``err`` and do not change the exit code."""
    rows = [("ID", "NAME", "AREA", "STEPS", "TIME", "FROM")]
    for entry in catalog.entries:
        routine = entry.routine
        origin = entry.origin
        if entry.replaces is not None:
            origin += f" (replaces {entry.replaces})"
        total = format_duration(make_plan(routine).total)
        rows.append(
            (routine.id, routine.name, routine.area, str(len(routine.steps)), total, origin)
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
    catalog = load_catalog([RoutineSource(tuple(paths), "given")], [images_dir()])
    _print_problems(catalog.problems, err)
    if not catalog.problems and not catalog.routines:
        print("no routine files (.yaml or .yml) found", file=err)
        return EXIT_INVALID
    if catalog.errors:
        print(f"{len(catalog.errors)} file(s) with errors, {len(catalog.routines)} valid", file=err)
        return EXIT_INVALID
    print(f"ok: {len(catalog.routines)} routine(s) valid", file=out)
    return EXIT_OK


def _find(catalog: Catalog, name: str, err: TextIO) -> Routine | None:
    path = Path(name)
    if path.suffix.lower() in ROUTINE_SUFFIXES:  # never an id: ids have no dots
        result = load_routine_file(path, ImageFinder([images_dir()]))
        _print_problems(result.problems, err)
        return result.routine
    routine = catalog.find(name)
    if routine is None:
        known = ", ".join(r.id for r in catalog.routines)
        print(f"no routine with the id {name!r}; known ids: {known}", file=err)
    return routine


def describe_segment(segment: Segment, routine: Routine) -> str:
    """A short human description of what happens during ``segment``."""
    step = routine.steps[segment.step_index]
    side = "" if segment.side is Side.NONE else f" {segment.side.value}"
    reps = f" (rep {segment.rep} of {step.reps})" if step.reps > 1 else ""
    if segment.kind is SegmentKind.PREPARE:
        return f"get into position for {step.name}"
    if segment.kind is SegmentKind.HOLD and segment.repetition:
        movement = f"rep {segment.repetition} of {step.count}{side}{reps}"
        return movement + (f" ({step.tempo:g} s, then hold)" if segment.length > step.tempo else "")
    if segment.kind is SegmentKind.HOLD:
        return f"hold{side}{reps}"
    if segment.kind is SegmentKind.FLOW and segment.pose is not None:
        return f"{segment.pose.pose.lower()}{side}{reps}: {segment.pose.cue}"
    if segment.kind is SegmentKind.SWITCH:
        return f"switch to the{side} side"
    return "relax"


def show_routine(catalog: Catalog, name: str, out: TextIO, err: TextIO) -> int:
    """Print ``name``'s timeline, one line per segment with its start and length."""
    routine = _find(catalog, name, err)
    if routine is None:
        return EXIT_INVALID
    plan = make_plan(routine)
    print(
        f"{routine.name} ({routine.id}): {format_duration(plan.total)} in all, "
        f"{format_duration(plan.active_total)} stretching",
        file=out,
    )
    print(" start  length  step  what", file=out)
    for segment in plan.segments:
        print(
            f"{format_duration(segment.start):>6}  {format_duration(segment.length):>6}  "
            f"{segment.step_index + 1:>4}  {describe_segment(segment, routine)}",
            file=out,
        )
    return EXIT_OK


def trace_routine(catalog: Catalog, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Run a routine headless through the Qt driver, printing events as they fire."""
    routine = _find(catalog, args.routine, err)
    if routine is None:
        return EXIT_INVALID
    from spasm_stretch.trace import run_trace

    return run_trace(routine, out, speed=args.speed, as_json=args.json, audio=args.audio)


def print_history(as_csv: bool, out: TextIO, err: TextIO) -> int:
    """Print the history file from the user's data folder."""
    from spasm_stretch.core.content import load_guidance
    from spasm_stretch.core.log_review import review_log
    from spasm_stretch.history import History, now
    from spasm_stretch.history_report import write_csv, write_text
    from spasm_stretch.log_writer import LogWriter
    from spasm_stretch.resources import assets_dir
    from spasm_stretch.user_paths import data_dir, spill_folders

    history = History(data_dir() / "history.db")
    if history.notice:
        print(history.notice, file=err)
    if not history.volatile and (found := LogWriter(history).recover(spill_folders())):
        print(f"{found} entries the app could not save earlier are now in the log.", file=err)
    episodes, sessions = history.episodes(), history.sessions()
    history.close()
    if as_csv:
        write_csv(episodes, sessions, out)
    else:
        doctor = load_guidance(assets_dir() / "content").doctor
        write_text(
            episodes, sessions, review_log(episodes, sessions, doctor, now=now()), doctor, out
        )
    return EXIT_OK
