"""`spasm-stretch sounds`: say which player works and play every cue, named, in turn."""

from __future__ import annotations

from typing import TextIO

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

from spasm_stretch.audio.output import make_audio_output
from spasm_stretch.core.cues import Cue

GAP_MS = 1200


def play_every_cue(choice: str, out: TextIO) -> int:
    """Print the active player (and why others were skipped), then play each cue."""
    _app = QCoreApplication.instance() or QCoreApplication([])  # the event loops below need it
    output = make_audio_output(choice)
    output.load()
    print(f"sound player: {output.name}", file=out)
    for reason in output.reasons:
        print(f"  skipped {reason}", file=out)
    if output.startup_notice:
        print(output.startup_notice, file=out)
    output.notice.connect(lambda text: print(text, file=out, flush=True))
    for cue in Cue:
        print(f"playing {cue.value} ({output.files[cue]})", file=out, flush=True)
        output.play(cue)
        loop = QEventLoop()
        QTimer.singleShot(GAP_MS, loop.quit)
        loop.exec()
    output.close()
    return 0
