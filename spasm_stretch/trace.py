"""Run a routine through the real Qt driver with no window, printing each event.

For routine authors (hear-free check of what fires when) and for measuring:
each line carries the planned time and the actual time it fired, both in
real seconds since the start, so lateness is visible at a glance.
"""

from __future__ import annotations

import errno
import json
import signal
import sys
import time
from typing import TYPE_CHECKING, TextIO

from PySide6.QtCore import QCoreApplication, QTimer

from spasm_stretch.core.clock import scaled_clock
from spasm_stretch.core.cues import cue_for
from spasm_stretch.core.engine import TERMINAL_KINDS, EventKind, Session, SessionEvent
from spasm_stretch.core.model import Routine, Side
from spasm_stretch.core.plan import make_plan
from spasm_stretch.i18n.text import Text
from spasm_stretch.qt_driver import SessionDriver

if TYPE_CHECKING:
    from spasm_stretch.audio.output import AudioOutput

LAST_CUE_MS = 1300  # let the final cue ring out before the process (and its player) ends
LAST_PHRASE_MS = 4000  # and, with --voice, "routine complete" after it


class TraceWords(Text):
    """The readable trace lines (``--json`` stays English: it is for programs)."""


def event_record(
    event: SessionEvent, routine: Routine, planned: float, actual: float
) -> dict[str, object]:
    """The JSON fields of one traced event; times are real seconds since the start."""
    segment = event.segment
    cue = cue_for(event)
    return {
        "event": event.kind.value,
        "cue": cue.value if cue is not None else None,
        "planned": round(planned, 4),
        "actual": round(actual, 4),
        "late_ms": round((actual - planned) * 1000, 2),
        "step": segment.step_index + 1,
        "step_name": routine.steps[segment.step_index].name,
        "side": None if segment.side is Side.NONE else segment.side.value,
        "segment": segment.kind.value,
        "text": event.text,
        **repetition_fields(event, routine),
    }


def repetition_fields(event: SessionEvent, routine: Routine) -> dict[str, object]:
    """The "Rep k of N" fields, for counted steps only, so hold records keep their shape."""
    segment = event.segment
    if not segment.repetition:
        return {}
    return {"repetition": segment.repetition, "count": routine.steps[segment.step_index].count}


def run_trace(
    routine: Routine,
    out: TextIO,
    *,
    speed: float = 1.0,
    as_json: bool = False,
    audio: str | None = None,
    voice: bool = False,
) -> int:
    """Play ``routine`` in real time (scaled by ``speed``) and print every event.

    With ``audio`` (a player choice), each cue is played too, through the same
    SessionSound the window's sessions use; with ``voice`` as well, its phrases
    are spoken after their chimes, as the window's voice does (for checking it).
    """
    app = QCoreApplication.instance() or QCoreApplication([])
    signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl+C ends a trace at once
    session = Session(make_plan(routine), scaled_clock(speed))
    driver = SessionDriver(session, speed=speed)
    output = None if audio is None else _sound(driver, audio, speed, voice=voice)
    started = time.monotonic()

    reader_gone = False

    def show(event: SessionEvent) -> None:
        nonlocal reader_gone
        if reader_gone:
            return
        actual = time.monotonic() - started
        record = event_record(event, routine, event.planned / speed, actual)
        try:
            print(format_record(record, as_json=as_json), file=out, flush=True)
        except BrokenPipeError:  # | head has all it wants: stop the trace, quietly
            reader_gone = True
            driver.stop()
            app.quit()
            return
        if event.kind in TERMINAL_KINDS:
            last = LAST_PHRASE_MS if voice else LAST_CUE_MS
            QTimer.singleShot(last if audio is not None else 0, app.quit)

    def begin() -> None:
        nonlocal started
        started = time.monotonic()
        driver.start()

    driver.event_fired.connect(show)
    resume_after_stalls(driver)
    QTimer.singleShot(0, begin)
    app.exec()
    if output is not None:
        output.close()
    if reader_gone:
        raise BrokenPipeError(errno.EPIPE, "the reader of the trace went away")
    return 0


def _sound(driver: SessionDriver, audio: str, speed: float, *, voice: bool) -> AudioOutput:
    """Open the ``audio`` output and play ``driver``'s cues through the window's own wiring."""
    from spasm_stretch.audio.output import make_configured_output
    from spasm_stretch.settings.store import AppSettings
    from spasm_stretch.ui.session.sound import SessionSound

    output = make_configured_output(audio, parent=driver)
    output.set_speed(speed)
    output.notice.connect(lambda text: print(text, file=sys.stderr))  # before load: its notices too
    output.load()
    spoken = AppSettings(voice=True)
    settings = (lambda: spoken) if voice else None
    SessionSound(output, settings=settings, parent=driver).follow(driver)
    return output


def resume_after_stalls(driver: SessionDriver) -> None:
    """Carry on after the driver pauses for a freeze, once the pause has been printed.

    The window waits for Space after a freeze; a trace has nobody to press
    it, and would otherwise never end.
    """

    def carry_on(event: SessionEvent) -> None:
        if event.kind is EventKind.PAUSED and event.stalled:
            QTimer.singleShot(0, driver.resume)

    driver.event_fired.connect(carry_on)


def format_record(record: dict[str, object], *, as_json: bool) -> str:
    """One traced event as a line: JSON, or aligned words for reading."""
    if as_json:
        return json.dumps(record)
    if record["side"] == Side.LEFT.value:
        what = TraceWords.tr("step {number} left: {text}")
    elif record["side"] == Side.RIGHT.value:
        what = TraceWords.tr("step {number} right: {text}")
    else:
        what = TraceWords.tr("step {number}: {text}")
    return (
        f"{record['planned']:8.3f}s  {record['late_ms']:+7.1f} ms  {record['event']:<15} "
        + what.format(number=record["step"], text=record["text"])
    )
