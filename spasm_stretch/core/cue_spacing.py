"""Cues that fall together: play them one after another, or drop the lesser, by rule.

With no rest between steps, "step done" lands on "get ready"; a flow pose
of 3 s starts on its own "3". Played at once, two cues merge into one
noise. The rule:

- A cue starts when the one before it has finished (its length plus
  ``gap``), so cues at the same instant play in sequence, in the order the
  session fired them.
- A cue may wait at most ``max_delay`` seconds. When it would wait longer,
  the lesser of it and the last cue still waiting is dropped (lesser by
  ``PRIORITY``: what to do now outranks what was just done, and a tick of
  the countdown or "halfway" yields to anything else); on a tie, the new
  cue is dropped.

Pure Python over a time value the caller passes, so tests need no clock.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from spasm_stretch.core.cues import Cue

PRIORITY: Mapping[Cue, int] = {
    Cue.ROUTINE_DONE: 8,
    Cue.SWITCH_SIDES: 7,
    Cue.PREPARE: 6,
    Cue.HOLD_START: 5,
    Cue.STEP_DONE: 4,
    Cue.POSE_CHANGE: 3,
    Cue.COUNTDOWN: 2,
    Cue.TICK: 2,  # a counted repetition: as light as a countdown tick
    Cue.HALFWAY: 1,
}
GAP_SECONDS = 0.08
MAX_DELAY_SECONDS = 0.8


@dataclass
class CueQueue:
    """Admits cues at the time they are fired and hands them out when they may start."""

    lengths: Mapping[Cue, float]
    gap: float = GAP_SECONDS
    max_delay: float = MAX_DELAY_SECONDS
    _waiting: list[tuple[float, Cue]] = field(default_factory=list)
    _free_at: float = float("-inf")

    def offer(self, cue: Cue, now: float) -> Cue | None:
        """Queue ``cue`` fired at ``now``; returns the cue this dropped (it or a waiting one)."""
        start = max(now, self._free_at)
        if start - now > self.max_delay:
            if not self._waiting or PRIORITY[cue] <= PRIORITY[self._waiting[-1][1]]:
                return cue
            at, dropped = self._waiting.pop()
            start = max(now, at)
            self._waiting.append((start, cue))
            self._free_at = start + self.lengths.get(cue, 0.0) + self.gap
            return dropped
        self._waiting.append((start, cue))
        self._free_at = start + self.lengths.get(cue, 0.0) + self.gap
        return None

    def due(self, now: float) -> list[Cue]:
        """The waiting cues whose start has come, in order; they leave the queue."""
        ready = [cue for at, cue in self._waiting if at <= now]
        self._waiting = [(at, cue) for at, cue in self._waiting if at > now]
        return ready

    def next_start(self) -> float | None:
        """When the next waiting cue may start, if any waits."""
        return self._waiting[0][0] if self._waiting else None

    def ends_at(self) -> float:
        """When the last cue handed out (or waiting) has played, without the gap after it."""
        return self._free_at - self.gap

    def clear(self) -> None:
        """Forget waiting cues (sound turned off, session stopped)."""
        self._waiting.clear()
        self._free_at = float("-inf")
