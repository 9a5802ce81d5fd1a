"""The cue sounds: well-formed, level-matched, distinct, and reproducible from the script."""

from __future__ import annotations

import itertools
import math
import struct
import subprocess
import sys
import wave
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOUNDS = ROOT / "assets" / "sounds"
CUE_NAMES = {
    "prepare", "hold_start", "halfway", "countdown", "switch_sides", "pose_change",
    "step_done", "routine_done", "tick",
}  # fmt: skip


def samples(path: Path) -> tuple[tuple[int, int, int], list[float]]:
    """(rate, channels, sample width) and the samples scaled to -1..1."""
    with wave.open(str(path), "rb") as reader:
        count = reader.getnframes()
        raw = struct.unpack(f"<{count}h", reader.readframes(count))
        form = (reader.getframerate(), reader.getnchannels(), reader.getsampwidth())
    return form, [s / 32767 for s in raw]


def decibels(value: float) -> float:
    return 20 * math.log10(value)


def first_pitch(data: list[float], rate: int) -> float:
    """Rough pitch of the first 40 ms, from zero crossings."""
    window = data[: int(0.04 * rate)]
    crossings = sum(1 for a, b in itertools.pairwise(window) if a < 0 <= b)
    return crossings / 0.04


def test_every_cue_has_a_sound_and_nothing_else_is_there() -> None:
    """Each cue kind the engine announces has exactly one WAV file."""
    assert {p.stem for p in SOUNDS.glob("*.wav")} == CUE_NAMES


@pytest.mark.parametrize("name", sorted(CUE_NAMES))
def test_sound_format_length_and_level(name: str) -> None:
    """44.1 kHz mono 16-bit, short, and as loud as every other cue without clipping."""
    form, data = samples(SOUNDS / f"{name}.wav")
    assert form == (44100, 1, 2)
    assert 0.05 <= len(data) / 44100 <= 1.2
    peak = max(abs(s) for s in data)
    rms = math.sqrt(sum(s * s for s in data) / len(data))
    assert -12 <= decibels(peak) <= -0.9
    assert decibels(rms) == pytest.approx(-20, abs=0.3)


def test_cues_are_told_apart_by_length_or_pitch() -> None:
    """No two cues share both their length and their opening pitch."""
    prints = set()
    for name in CUE_NAMES:
        _, data = samples(SOUNDS / f"{name}.wav")
        prints.add((round(len(data) / 44100, 2), round(first_pitch(data, 44100), -1)))
    assert len(prints) == len(CUE_NAMES)


def test_generator_reproduces_the_files_byte_for_byte(tmp_path: Path) -> None:
    """The committed sounds are exactly what tools/make_sounds.py writes."""
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "make_sounds.py"), str(tmp_path)],
        check=True, capture_output=True,
    )  # fmt: skip
    for name in CUE_NAMES:
        fresh = (tmp_path / f"{name}.wav").read_bytes()
        assert fresh == (SOUNDS / f"{name}.wav").read_bytes(), name
