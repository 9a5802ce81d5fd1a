"""What the voice's speech costs, engine by engine, and whether a disk cache would pay.

For one routine's phrases (the full-body routine's: its step names, "relax",
"switch sides", "routine complete"), best of several interleaved runs:

- yardstick: starting a bare Python (``python -I -c pass``), the floor of
  any child process of ours;
- library: libespeak-ng through ctypes in a child process, all phrases in one
  batch (what the app does, from spawn to the last phrase);
- library in process: the same calls with no child (what isolation costs);
- program: the espeak-ng command, one run per phrase;
- disk: reading the same phrases back as WAV files (what a disk cache would
  cost instead of making them);
- say: the window's-thread cost of one ``Voice.say`` of a ready phrase
  (look-up and hand-over as a WAV file to the output);
- open: the window's-thread cost of making the voice and asking for a
  session's phrases (it returns at once: the phrases are made behind it).

Prints each in ms and as a ratio to the yardstick. Needs libespeak-ng and
espeak-ng (``apt install espeak-ng``).
"""

from __future__ import annotations

import ctypes
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from spasm_stretch.audio import espeak_child
from spasm_stretch.audio.speech import (
    LibraryEngine,
    ProgramEngine,
    SpeechClip,
    Synthesiser,
    clip_wav,
)
from spasm_stretch.audio.voice import best_voice
from spasm_stretch.core.cues import routine_phrases
from spasm_stretch.core.plan import make_plan
from spasm_stretch.library import load_all

RUNS = 7


def timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def made_by(engine: LibraryEngine | ProgramEngine, phrases: list[str]) -> list[SpeechClip]:
    made: list[SpeechClip] = []
    synth = Synthesiser(engine, "en", on_ready=made.append)
    synth.prepare(phrases)
    assert synth.join(30)
    assert len(made) == len(phrases), (len(made), len(phrases))
    return made


def in_process(phrases: list[str]) -> None:
    espeak = ctypes.CDLL(espeak_child.LIBRARY)
    chunks: list[bytes] = []

    def collect(wav: ctypes._Pointer[ctypes.c_short], samples: int, _events: int) -> int:
        if wav and samples > 0:
            chunks.append(ctypes.string_at(wav, samples * 2))
        return 0

    callback = espeak_child.SynthCallback(collect)
    espeak.espeak_Initialize(espeak_child.SYNCHRONOUS, 0, None, espeak_child.DONT_EXIT)
    espeak.espeak_SetSynthCallback(callback)
    espeak.espeak_SetVoiceByName(b"en")
    for phrase in phrases:
        text = phrase.encode()
        espeak.espeak_Synth(text, len(text) + 1, 0, 1, 0, 1, None, None)


def main() -> None:
    QCoreApplication.instance() or QCoreApplication([])
    program = shutil.which("espeak-ng")
    if program is None:
        sys.exit("needs espeak-ng (apt install espeak-ng)")
    routine = load_all([]).find("full-body")
    assert routine is not None
    phrases = routine_phrases(make_plan(routine))
    print(f"{len(phrases)} phrases: {phrases}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        clips = made_by(LibraryEngine(), phrases)
        files = [clip_wav(clip, folder / f"{n}.wav") for n, clip in enumerate(clips)]

        def read_back() -> None:
            for path in files:
                path.read_bytes()

        def open_voice() -> None:  # what SessionSound.follow costs the window's thread
            voice = best_voice(lambda clip: None)
            voice.prepare(phrases)
            voice.close()

        def hand_over() -> None:  # Voice.say's work on the window's thread, file written anew
            for n, clip in enumerate(clips):
                clip_wav(clip, folder / f"say-{n}.wav")

        works: dict[str, Callable[[], object]] = {
            "yardstick": lambda: subprocess.run([sys.executable, "-I", "-c", "pass"], check=True),
            "library": lambda: made_by(LibraryEngine(), phrases),
            "library in process": lambda: in_process(phrases),
            "program": lambda: made_by(ProgramEngine(program), phrases),
            "disk (read back)": read_back,
            "say (write, per phrase)": hand_over,
            "open (voice + prepare)": open_voice,
        }
        runs: dict[str, list[float]] = {name: [] for name in works}
        for _ in range(RUNS):  # interleaved: every way sees the same machine load
            for name, work in works.items():
                runs[name].append(timed(work))
    yardstick = min(runs["yardstick"])
    seconds = sum(clip.seconds for clip in clips)
    print(f"{seconds:.1f} s of speech; best of {RUNS} runs (median in brackets)")
    for name, times in runs.items():
        per = len(clips) if name.startswith("say") else 1
        best, median = min(times) / per, statistics.median(times) / per
        print(
            f"  {name:<24} {best * 1000:8.2f} ms  ({median * 1000:7.2f})  "
            f"{best / yardstick:6.2f} x yardstick"
        )


if __name__ == "__main__":
    main()
