"""How late session events fire, against a naive tick-counting countdown.

Runs the full-body routine in real time through the real SessionDriver and,
in the same event loop (so under the same load), a naive countdown that
counts the ticks of a repeating 1 s QTimer and fires each event when the
count reaches it. Three phases:

1. normal: both side by side;
2. stalled: the same, with the event loop blocked for 1.5 s every 10 s;
3. CPU: our driver alone, without and with the 10 Hz display tick.

Prints lateness percentiles (ms) for each, the last event's lateness (which
shows accumulation), and CPU seconds used per minute of session.
"""

from __future__ import annotations

import argparse
import statistics
import time
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

from spasm_stretch.core.engine import Session, SessionEvent
from spasm_stretch.core.plan import Plan, make_plan
from spasm_stretch.library import load_all
from spasm_stretch.qt_driver import SessionDriver

STALL_EVERY_MS = 10_000
STALL_SECONDS = 1.5


@dataclass
class Lateness:
    """Lateness samples of one timing method."""

    name: str
    late_ms: list[float] = field(default_factory=list)

    def add(self, planned: float, actual: float) -> None:
        """Record one event fired at ``actual`` for ``planned`` (seconds)."""
        self.late_ms.append((actual - planned) * 1000)

    def report(self) -> str:
        """One line of percentiles, in milliseconds."""
        if not self.late_ms:
            return f"{self.name:<28} no events"
        ordered = sorted(self.late_ms)
        p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
        return (
            f"{self.name:<28} n={len(ordered):3d}  p50={statistics.median(ordered):8.1f}  "
            f"p99={p99:8.1f}  max={ordered[-1]:8.1f}  last={self.late_ms[-1]:8.1f}"
        )


def planned_offsets(plan: Plan) -> list[float]:
    """Every event's planned offset, from an engine run on a fake clock."""
    now = [0.0]
    session = Session(plan, lambda: now[0])
    offsets = [e.planned for e in session.start()]
    while (deadline := session.next_deadline()) is not None:
        now[0] = deadline
        offsets += [e.planned for e in session.poll()]
    return offsets


def wait(seconds: float) -> None:
    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    loop.exec()


def run_phase(plan: Plan, seconds: float, *, stall: bool) -> tuple[Lateness, Lateness]:
    ours = Lateness("ours" + (" (stalled)" if stall else ""))
    naive = Lateness("naive 1 s ticks" + (" (stalled)" if stall else ""))
    session = Session(plan, time.monotonic)
    driver = SessionDriver(session)
    naive_offsets = [o for o in planned_offsets(plan) if o <= seconds]
    ticks = 0
    started = time.monotonic()

    def on_event(event: SessionEvent) -> None:
        if event.planned <= seconds:
            ours.add(event.planned, time.monotonic() - started)

    def on_tick() -> None:
        nonlocal ticks
        ticks += 1
        actual = time.monotonic() - started
        while naive_offsets and naive_offsets[0] <= ticks:
            naive.add(naive_offsets.pop(0), actual)

    counter = QTimer()
    counter.setInterval(1000)
    counter.timeout.connect(on_tick)
    blocker = QTimer()
    blocker.setInterval(STALL_EVERY_MS)
    blocker.timeout.connect(lambda: time.sleep(STALL_SECONDS))
    driver.event_fired.connect(on_event)
    started = time.monotonic()
    driver.start()
    counter.start()
    if stall:
        blocker.start()
    wait(seconds + 0.5)
    driver.stop()
    counter.stop()
    blocker.stop()
    return ours, naive


def cpu_phase(plan: Plan, seconds: float, *, display_ticks: bool) -> float:
    driver = SessionDriver(Session(plan, time.monotonic))
    driver.ticked.connect(lambda position: None)
    driver.set_display_ticks(display_ticks)
    cpu = time.process_time()
    driver.start()
    wait(seconds)
    driver.stop()
    return (time.process_time() - cpu) * 60 / seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=65, help="length of each phase")
    args = parser.parse_args()
    app = QCoreApplication.instance() or QCoreApplication([])
    app.setApplicationName("spasm-stretch-bench")
    plan = make_plan(load_all([]).find("full-body"))  # type: ignore[arg-type]
    print(f"routine: full-body, {args.seconds:.0f} s per phase, lateness in ms")
    for stall in (False, True):
        for result in run_phase(plan, args.seconds, stall=stall):
            print(result.report())
    idle = cpu_phase(plan, args.seconds, display_ticks=False)
    ticking = cpu_phase(plan, args.seconds, display_ticks=True)
    print(
        f"CPU per minute of session: {idle:.3f} s ({idle / 60:.2%} of a core) events only; "
        f"{ticking:.3f} s ({ticking / 60:.2%}) with the 10 Hz display tick"
    )


if __name__ == "__main__":
    main()
