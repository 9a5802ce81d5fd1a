"""Generate the audio cues in assets/sounds/ from nothing but arithmetic.

Every cue is synthesised here (sine partials with soft attacks and
exponential decays), so the sounds' origin and licence are this project's
own, and running the script again reproduces the files byte for byte.

Each cue has its own rhythm and pitch contour, so they can be told apart
with eyes closed; all are normalised to the same loudness (RMS) with a peak
ceiling, so none startles.

    python tools/make_sounds.py [OUTDIR]      (default: assets/sounds)
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from dataclasses import dataclass
from pathlib import Path

RATE = 44_100
TARGET_RMS_DB = -20.0
PEAK_CEILING = 0.89  # about -1 dBFS
ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Note:
    """One struck tone: start and length in seconds, pitch in Hz, relative level."""

    start: float
    length: float
    pitch: float
    level: float = 1.0


CUES: dict[str, tuple[Note, ...]] = {
    # two notes rising: "get ready"
    "prepare": (Note(0.0, 0.22, 523.25), Note(0.16, 0.30, 659.25)),
    # one bright chime: "hold now"
    "hold_start": (Note(0.0, 0.55, 783.99), Note(0.0, 0.55, 1567.98, 0.35)),
    # one soft low tone: "halfway"
    "halfway": (Note(0.0, 0.35, 440.0),),
    # short high blip, used for 3, 2 and 1
    "countdown": (Note(0.0, 0.09, 1046.50),),
    # three alternating notes: "change sides"
    "switch_sides": (Note(0.0, 0.16, 659.25), Note(0.15, 0.16, 523.25), Note(0.30, 0.24, 659.25)),
    # short mid knock: "next pose"
    "pose_change": (Note(0.0, 0.16, 587.33), Note(0.0, 0.16, 1174.66, 0.25)),
    # one low, muted knock, for each counted repetition: "and again"
    "tick": (Note(0.0, 0.07, 392.0), Note(0.0, 0.07, 196.0, 0.5)),
    # three notes up: "step finished"
    "step_done": (Note(0.0, 0.2, 523.25), Note(0.14, 0.2, 659.25), Note(0.28, 0.35, 783.99)),
    # four notes up to the octave: "routine complete"
    "routine_done": (
        Note(0.0, 0.22, 523.25),
        Note(0.16, 0.22, 659.25),
        Note(0.32, 0.22, 783.99),
        Note(0.48, 0.6, 1046.50),
    ),
}


def _render(notes: tuple[Note, ...]) -> list[float]:
    end = max(n.start + n.length for n in notes)
    samples = [0.0] * math.ceil(end * RATE)
    for note in notes:
        first = round(note.start * RATE)
        count = round(note.length * RATE)
        decay = 5.0 / note.length
        for i in range(count):
            t = i / RATE
            attack = min(1.0, t / 0.006)
            release = min(1.0, (count - i) / (0.012 * RATE))
            envelope = attack * release * math.exp(-decay * t)
            tone = math.sin(2 * math.pi * note.pitch * t)
            tone += 0.3 * math.sin(2 * math.pi * 2 * note.pitch * t)
            samples[first + i] += note.level * envelope * tone
    return samples


def _normalise(samples: list[float]) -> list[float]:
    rms = math.sqrt(sum(s * s for s in samples) / len(samples))
    gain = 10 ** (TARGET_RMS_DB / 20) / rms
    peak = max(abs(s) for s in samples) * gain
    if peak > PEAK_CEILING:
        gain *= PEAK_CEILING / peak
    return [s * gain for s in samples]


def write_cue(path: Path, notes: tuple[Note, ...]) -> None:
    """Render ``notes`` and write them as 16-bit mono PCM WAV."""
    samples = _normalise(_render(notes))
    frames = b"".join(struct.pack("<h", round(max(-1.0, min(1.0, s)) * 32767)) for s in samples)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "assets" / "sounds"
    out.mkdir(parents=True, exist_ok=True)
    for name, notes in CUES.items():
        write_cue(out / f"{name}.wav", notes)
        print(out / f"{name}.wav")
    return 0


if __name__ == "__main__":
    sys.exit(main())
