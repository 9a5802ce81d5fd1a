"""Run the real Orca against the real window and check what it says (issue 23's acceptance).

Started by tools/screen_reader_check.sh inside ``dbus-run-session`` with the
system Python (it needs pyatspi). It starts, all private to it: Xvfb (the
display it picks), the AT-SPI bus, speech-dispatcher whose only voice writes
each message with its time to a file, Orca, and the app at ``--speed 60``. It
then drives the window as a person would, by keys (xdotool) and by AT-SPI
focus, and checks the speech log for:

- the guidance and the first-run notice reaching AT-SPI as text;
- Tab to "Calf or foot" + Space (and + Enter) asking "Which leg?" with no
  routine starting;
- each phase of the stretch spoken with its side and step name;
- "When to see a doctor" read line by line, the 10-minute red flag included;
- a cramp timer passing 10 minutes spoken within 2 s;
- "... was deleted. Undo" spoken.

Prints each check and its figures; exits 1 if any fails. Every process it
starts is ended by its id.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pyatspi  # type: ignore[import-not-found]  # the system's, not the venv's

Node = Any  # a pyatspi Accessible: the system's binding has no types

SPEED = 60.0  # ten minutes of cramp in ten seconds
LIMIT_SECONDS = 600.0 / SPEED
SPOKEN_WITHIN = 2.0

SPEECHD_CONF = """\
AudioOutputMethod "libao"
AddModule "logfile" "sd_generic" "logfile.conf"
DefaultModule logfile
LanguageDefaultModule "en" "logfile"
"""
# sd_generic runs this for every message: the time, then the words, one line each.
LOGFILE_CONF = """\
GenericExecuteSynth "printf '%s %s\\\\n' \\"$(date +%s.%N)\\" \\'$DATA\\' >> {log}"
GenericCmdDependency "printf"
AddVoice "en" "MALE1" "en"
GenericLanguage "en" "en" "utf-8"
GenericStripPunctChars ""
"""


class Rig:
    """The processes of one run, ended in reverse order."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.processes: list[subprocess.Popen[bytes]] = []
        self.env = dict(os.environ)

    def start(self, name: str, command: list[str], **kwargs: Any) -> subprocess.Popen[bytes]:
        """Start ``command``, its output in ``name``.log, to be ended by ``stop``."""
        log = (self.folder / f"{name}.log").open("wb")
        process: subprocess.Popen[bytes] = subprocess.Popen(
            command,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=self.env,
            **kwargs,
        )
        self.processes.append(process)
        return process

    def stop(self) -> None:
        """End every process started, the last first."""
        for process in reversed(self.processes):
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(5)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


def start_display(rig: Rig) -> None:
    read, write = os.pipe()
    rig.start(
        "xvfb",
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
    )
    os.close(write)
    number = b""
    while not number.endswith(b"\n"):
        chunk = os.read(read, 16)
        if not chunk:
            raise SystemExit("Xvfb did not start")
        number += chunk
    os.close(read)
    rig.env["DISPLAY"] = f":{number.decode().strip()}"


def start_speech(rig: Rig, speech_log: Path) -> None:
    config = rig.folder / "speechd"
    (config / "modules").mkdir(parents=True, exist_ok=True)
    (config / "speechd.conf").write_text(SPEECHD_CONF)
    (config / "modules" / "logfile.conf").write_text(LOGFILE_CONF.format(log=speech_log))
    speech_log.touch()
    # No sound card: libao's null driver takes the (empty) audio; the words are in the log.
    (Path(rig.env["HOME"]) / ".libao").write_text("default_driver=null\n")
    rig.start(
        "speechd",
        ["speech-dispatcher", "-s", "-t", "0", "-C", str(config), "-S", "default",
         "-L", str(rig.folder), "-l", "3"],
    )  # fmt: skip


class Speech:
    """The speech log: (time, words) lines as speech-dispatcher's voice wrote them."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def lines(self) -> list[tuple[float, str]]:
        """Every message spoken so far, with its time."""
        found = []
        for line in self.path.read_text(errors="replace").splitlines():
            stamp, _, words = line.partition(" ")
            try:
                found.append((float(stamp), words))
            except ValueError:
                continue
        return found

    def mark(self) -> int:
        """Where the log is now: later checks look only at what is said after it."""
        return len(self.lines())

    def since(self, mark: int) -> list[tuple[float, str]]:
        """The messages spoken after ``mark``."""
        return self.lines()[mark:]

    def wait_for(self, pattern: str, mark: int, seconds: float) -> tuple[float, str] | None:
        """The first message after ``mark`` matching ``pattern``, waiting up to ``seconds``."""
        wanted = re.compile(pattern, re.IGNORECASE)
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            lines = self.since(mark)
            for stamp, words in lines:
                if wanted.search(words):
                    return stamp, words
            # A message the voice split into sentences: match them together.
            for first in range(len(lines)):
                joined = " ".join(words for _, words in lines[first : first + 4])
                if wanted.search(joined):
                    return lines[first][0], joined
            time.sleep(0.1)
        return None


def walk(node: Node, depth: int = 0) -> Iterator[Node]:
    if node is None or depth > 40:
        return
    yield node
    try:
        children = list(node)
    except Exception:  # a node gone while walking
        return
    for child in children:
        yield from walk(child, depth + 1)


def app_root(seconds: float = 20.0) -> Node:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            ours = app is not None and app.name in ("spasm-stretch", "spasm_stretch", "python3")
            if ours and any(child.getRoleName() == "frame" for child in app if child is not None):
                return app
        time.sleep(0.3)
    raise SystemExit("the window never reached AT-SPI")


def find(root: Node, test: Callable[[Node], bool], seconds: float = 5.0) -> Node | None:
    end = time.monotonic() + seconds
    while True:
        for node in walk(root):
            try:
                if test(node):
                    return node
            except Exception:
                continue
        if time.monotonic() > end:
            return None
        time.sleep(0.2)


def showing(node: Node) -> bool:
    return bool(node.getState().contains(pyatspi.STATE_SHOWING))


def named(role: str, name: str) -> Callable[[Node], bool]:
    return lambda n: n.getRoleName() == role and n.name == name and showing(n)


def named_from(role: str, *starts: str) -> Callable[[Node], bool]:
    """A control whose name begins with one of ``starts`` (buttons show their key after it)."""
    return lambda n: n.getRoleName() == role and n.name.startswith(starts) and showing(n)


def text_of(node: Node) -> str:
    try:
        text = node.queryText()
        return str(text.getText(0, text.characterCount))
    except NotImplementedError:
        return ""


def keys(rig: Rig, *names: str) -> None:
    subprocess.run(["xdotool", "key", "--delay", "150", *names], env=rig.env, check=True)


def title(root: Node) -> str:
    frame = find(root, lambda n: n.getRoleName() == "frame", 2)
    return str(frame.name) if frame is not None else ""


class Checks:
    """The checks' results, printed as they come."""

    def __init__(self) -> None:
        self.failed: list[str] = []

    def check(self, name: str, ok: bool, detail: str) -> None:
        """Print one check's result and figures; remember a failure."""
        print(f"{'PASS' if ok else 'FAIL'}  {name}: {detail}", flush=True)
        if not ok:
            self.failed.append(name)


def dump(root: Node, path: Path) -> None:
    """Every showing node's role and name, to see what a check could not find."""
    with path.open("a") as out:
        for node in walk(root):
            try:
                if showing(node):
                    out.write(f"{node.getRoleName()}: {node.name!r}\n")
            except Exception:
                continue
        out.write("----\n")


def start_app(rig: Rig, python: str, project: Path, speed: float, *command: str) -> Node:
    rig.env["PYTHONPATH"] = str(project)
    rig.start(
        f"app-{speed:g}", [python, "-m", "spasm_stretch", "--speed", str(speed), *command],
        cwd=str(project),
    )  # fmt: skip
    root = app_root()
    time.sleep(1.0)
    # No window manager: give the window the keyboard as one would by clicking it.
    subprocess.run(
        ["xdotool", "search", "--sync", "--onlyvisible", "--name", "spasm-stretch",
         "windowfocus", "--sync"],
        env=rig.env, check=False, timeout=20,
    )  # fmt: skip
    time.sleep(1.5)
    return root


def stop_app(rig: Rig) -> None:
    app = rig.processes.pop()
    app.terminate()
    app.wait(10)
    time.sleep(1.0)


def press(node: Node) -> None:
    node.queryAction().doAction(0)


def select_tab(root: Node, name: str) -> bool:
    tab = find(root, named("page tab", name))
    if tab is None:
        return False
    tab.parent.querySelection().selectChild(tab.getIndexInParent())
    time.sleep(0.5)
    return True


def end_cramp(root: Node) -> None:
    """Say the cramp being timed is over, now."""
    over = find(root, named_from("push button", "The cramp is over"), 2)
    if over is not None:
        press(over)
        time.sleep(0.5)
    # Asked whether it is over now (the timer ran on while unattended): yes, as timed.
    now = find(root, named_from("push button", "Yes, it is over now", "Just now"), 2)
    if now is not None:
        press(now)
        time.sleep(0.5)


def keyboard_and_phases(rig: Rig, root: Node, speech: Speech, checks: Checks) -> None:
    """First run: the notice, Space/Enter on "Calf or foot", a stretch's phases, the guidance."""
    notice = find(root, lambda n: n.getRoleName() == "label" and "Before you start" in n.name)
    checks.check(
        "first-run notice readable as text", notice is not None,
        repr(notice.name[:60]) if notice is not None else "no label with its text",
    )  # fmt: skip
    for key in ("space", "Return"):
        button = find(root, named("push button", "Calf or foot"))
        if button is None:
            dump(root, rig.folder / "tree.txt")
            checks.check(f"Calf or foot + {key}", False, "no 'Calf or foot' button")
            continue
        button.queryComponent().grabFocus()
        time.sleep(0.7)
        mark = speech.mark()
        keys(rig, key)
        said = speech.wait_for(r"which leg\?", mark, 4)
        heading = find(
            root,
            lambda n: n.getRoleName() == "label" and n.name.startswith("Which leg?") and showing(n),
            2,
        )
        frame = title(root)
        checks.check(
            f"Calf or foot + {key} asks which leg, no routine starts",
            said is not None and heading is not None and "left" not in frame,
            (f"spoken {said[1]!r}" if said else "not spoken") + f", title {frame!r}",
        )  # fmt: skip
        over = find(root, named("push button", "The cramp is over"))
        if over is not None:
            press(over)
        time.sleep(0.5)
        keys(rig, "ctrl+l")
        time.sleep(0.7)
    mark = speech.mark()
    keys(rig, "1")
    time.sleep(0.7)
    keys(rig, "l")
    for phase in ("Get into position", "Hold"):
        found = speech.wait_for(rf"{phase}, left leg: \w+", mark, 30)
        checks.check(f"phase {phase!r} spoken with side and step", found is not None,
                     repr(found[1]) if found else "not heard")  # fmt: skip
    time.sleep(2.0)  # two seconds of the hold: a countdown in the title would be said twice
    ticking = [line for _, line in speech.since(mark) if re.search(r"\d:\d\d left —", line)]
    checks.check("the title's countdown is not read aloud each second", not ticking,
                 f"{len(ticking)} title(s) said, e.g. {ticking[:1]!r}")  # fmt: skip
    mark = speech.mark()
    keys(rig, "t")
    # speech-dispatcher logs each sentence on a line of its own
    phase_left = speech.wait_for(r"(Get into position|Hold): \d+ seconds? left\.", mark, 5)
    total_left = speech.wait_for(r"\d+:\d\d left in the routine\.", mark, 5)
    heard = " / ".join(repr(f[1]) if f else "not heard" for f in (phase_left, total_left))
    checks.check("T says the time left", phase_left is not None and total_left is not None, heard)
    keys(rig, "Escape")
    time.sleep(0.5)
    keys(rig, "F1")
    time.sleep(1.0)
    end_cramp(root)  # so the next run is not asked about a cramp left open
    select_tab(root, "When to see a doctor")
    page = find(
        root,
        lambda n: n.name == "When to see a doctor" and n.getRoleName() != "page tab" and showing(n),
    )
    guidance = text_of(page) if page is not None else ""
    checks.check("guidance readable as text", "longer than 10 minutes" in guidance,
                 f"{len(guidance)} characters")  # fmt: skip
    if page is None:
        dump(root, rig.folder / "tree.txt")
        return
    page.queryComponent().grabFocus()
    time.sleep(0.7)
    mark = speech.mark()
    for _ in range(8):
        keys(rig, "Down")
        time.sleep(0.6)
    found = speech.wait_for(r"longer than 10 minutes", mark, 5)
    checks.check("red flags read aloud line by line", found is not None,
                 repr(found[1]) if found else "not heard")  # fmt: skip


def warning_and_undo(rig: Rig, root: Node, speech: Speech, checks: Checks) -> None:
    """Second run, 60 times faster: the 10-minute red flag, then deleting that cramp."""
    timer = find(root, named("push button", "Start cramp timer"))
    if timer is None:
        dump(root, rig.folder / "tree.txt")
        checks.check("10-minute red flag", False, "no 'Start cramp timer' button")
        return
    mark = speech.mark()
    started = time.time()
    press(timer)
    found = speech.wait_for(r"has lasted 10 minutes", mark, LIMIT_SECONDS + 10)
    late = (found[0] - started - LIMIT_SECONDS) if found else float("inf")
    checks.check(
        "10-minute red flag spoken within 2 s", found is not None and late <= SPOKEN_WITHIN,
        f"{late:.2f} s after the limit: {found[1]!r}" if found else "not heard",
    )  # fmt: skip
    end_cramp(root)
    keys(rig, "ctrl+h")
    time.sleep(1.5)
    select_tab(root, "Cramps")
    table = find(root, lambda n: n.getRoleName() in ("tree table", "table", "tree") and showing(n))
    if table is not None:
        table.queryComponent().grabFocus()
        time.sleep(0.5)
        # The row of the cramp just timed: its length cell says "10 min" and its seconds.
        cell = find(table, lambda n: n.name.startswith(("10 min", "over 10 min")), 3)
        if cell is not None:
            table.querySelection().selectChild(cell.getIndexInParent())
        time.sleep(0.7)
    delete = find(root, named("push button", "Delete"))
    if delete is None:
        dump(root, rig.folder / "tree.txt")
        checks.check("deleted ... Undo spoken", False, "no Delete button")
        return
    mark = speech.mark()
    press(delete)
    found = speech.wait_for(r"was deleted\..*undo", mark, 5)
    checks.check("deleted ... Undo spoken", found is not None,
                 repr(found[1]) if found else "not heard")  # fmt: skip


def run(rig: Rig, python: str, project: Path) -> int:
    speech = Speech(rig.folder / "speech.log")
    checks = Checks()
    start_display(rig)
    rig.env.update(QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1", LANG="C.UTF-8")
    rig.start("atspi", ["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"])
    time.sleep(1.0)
    start_speech(rig, speech.path)
    time.sleep(0.5)
    subprocess.run(
        ["gsettings", "set", "org.gnome.desktop.a11y.applications", "screen-reader-enabled",
         "true"],
        env=rig.env, check=False, capture_output=True,
    )  # fmt: skip
    rig.start("orca", ["orca", "--replace", f"--debug-file={rig.folder / 'orca-debug.log'}"])
    if speech.wait_for(r"screen reader on", 0, 20) is None:
        print("FAIL  Orca never spoke through speech-dispatcher (see orca.log, speechd.log)")
        return 1
    print(f"Orca speaks through speech-dispatcher into {speech.path}", flush=True)
    keyboard_and_phases(rig, start_app(rig, python, project, 4.0), speech, checks)
    stop_app(rig)
    warning_and_undo(rig, start_app(rig, python, project, SPEED, "relief"), speech, checks)
    print(f"speech log: {len(speech.lines())} lines; {len(checks.failed)} check(s) failed")
    return 1 if checks.failed else 0


def main() -> int:
    folder, python, project = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    rig = Rig(folder)
    try:
        return run(rig, python, project)
    finally:
        rig.stop()


if __name__ == "__main__":
    sys.exit(main())
