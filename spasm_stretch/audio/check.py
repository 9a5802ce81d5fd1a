"""`spasm-stretch sounds`: say which player works and play every cue, named, in turn.

Exit 0 only when every cue went to a working player; with no sound output
(or a player that failed on the way) exit 1 and say why, so a script can
rely on the answer.
"""

from __future__ import annotations

from typing import TextIO

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

from spasm_stretch.audio.output import make_configured_output
from spasm_stretch.core.cues import Cue
from spasm_stretch.i18n.text import Text

GAP_MS = 1200
EXIT_NO_SOUND = 1


class SoundCheckWords(Text):
    """What check-sound prints while it plays every cue."""


def play_every_cue(choice: str, out: TextIO, err: TextIO) -> int:
    """Print the active player (and why others were skipped), then play each cue."""
    _app = QCoreApplication.instance() or QCoreApplication([])  # the event loops below need it
    output = make_configured_output(choice)
    failures: list[str] = []
    output.notice.connect(failures.append)
    output.load()
    print(
        SoundCheckWords.tr("sound player: {player} (device: {device})").format(
            player=output.name, device=output.device
        ),
        file=out,
    )
    for reason in output.reasons:
        print(SoundCheckWords.tr("  skipped {reason}").format(reason=reason), file=out)
    for text in failures:
        print(text, file=err)
    failures.clear()
    output.notice.connect(lambda text: print(text, file=err, flush=True))
    for cue in Cue:
        if output.name == "silent":
            break
        print(
            SoundCheckWords.tr("playing {cue} ({file})").format(
                cue=cue.value, file=output.files[cue]
            ),
            file=out,
            flush=True,
        )
        output.play(cue)
        loop = QEventLoop()
        QTimer.singleShot(GAP_MS, loop.quit)
        loop.exec()
        output.check()
    silent = output.name == "silent"
    output.close()
    if silent:
        print(
            SoundCheckWords.tr(
                "no sound output: cues would be shown on screen only. {reasons}"
            ).format(
                reasons="; ".join(
                    output.reasons or [SoundCheckWords.tr("a player failed while playing")]
                )
            ),
            file=err,
        )
        return EXIT_NO_SOUND
    return EXIT_NO_SOUND if failures else 0
