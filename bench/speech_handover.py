"""What saying a phrase costs the window's thread, against handing over a chime.

A private PulseAudio (tools/sound_rig.py), the real output on the sample
cache and the real voice (libespeak-ng): a routine's phrases are made when
it opens, then each is said once (its first use, where an upload on the
window's thread would show) right after a chime. Prints, per phrase, the
time ``Voice.say`` held the calling thread, and the median chime hand-over
(``AudioOutput.play``) in the same run as the yardstick, with their ratio.
Runs on the code it is started from (before and after the phrases were
handed over from memory: both voice interfaces are understood).
"""

from __future__ import annotations

import inspect
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from sound_rig import PrivateServer

ROUTINE = "full-body"


def settle(seconds: float) -> None:
    """Let the event loop run (phrases arrive, speech plays) for ``seconds``."""
    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    loop.exec()


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="speech-handover-"))
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        os.environ[variable] = str(folder / variable.lower())
    server = PrivateServer(folder / "pulse")
    server.start()
    os.environ.update(server.env)
    try:
        run(folder)
    finally:
        server.stop()


def run(folder: Path) -> None:
    from spasm_stretch.audio import voice as voice_module
    from spasm_stretch.audio.output import make_audio_output
    from spasm_stretch.core.cues import Cue, routine_phrases
    from spasm_stretch.core.plan import make_plan
    from spasm_stretch.library import load_all

    app = QCoreApplication.instance() or QCoreApplication([])
    output = make_audio_output("auto")
    output.load()
    output.wake()
    print(f"player: {output.name}")
    routine = load_all([]).find(ROUTINE)
    assert routine is not None
    phrases = routine_phrases(make_plan(routine))
    if "keep" in inspect.signature(voice_module.best_voice).parameters:
        voice = output.make_voice()  # phrases handed over from memory
    else:  # the earlier interface: WAV files written at first use
        voice = voice_module.best_voice(output.play_speech, folder / "speech")  # type: ignore[arg-type]
    voice.prepare(phrases)
    settle(2.0)
    chimes: list[float] = []
    says: list[float] = []
    for phrase in phrases:
        began = time.perf_counter()
        output.play(Cue.PREPARE)
        chimes.append(time.perf_counter() - began)
        began = time.perf_counter()
        voice.say(phrase, 0.4)
        says.append(time.perf_counter() - began)
        settle(0.5)
    output.rest()
    output.close()
    yardstick = statistics.median(chimes)
    print(f"{len(phrases)} phrases of {ROUTINE}, each said once (its first use)")
    print(f"  chime hand-over (yardstick): median {yardstick * 1000:.2f} ms")
    print(f"  say: median {statistics.median(says) * 1000:.2f} ms, worst {max(says) * 1000:.2f} ms")
    print(f"  say / chime: median {statistics.median(says) / yardstick:.1f}x, "
          f"worst {max(says) / yardstick:.1f}x")  # fmt: skip
    del app


if __name__ == "__main__":
    main()
