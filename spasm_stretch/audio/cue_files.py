"""Which WAV each cue plays: a file chosen in Settings, the user's sounds folder, or built-in.

A user's file that cannot be played is named in a message and the built-in
cue plays instead; the player itself is never affected.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from spasm_stretch.audio.samples import SoundFileError, check_wav
from spasm_stretch.core.cues import Cue
from spasm_stretch.i18n.text import Text


class OutputWords(Text):
    """What the sound output says about a cue file of one's own."""


def cue_files(
    builtin: Path, user: Path | None, chosen: Mapping[Cue, Path] | None = None
) -> tuple[dict[Cue, Path], list[str]]:
    """Each cue's WAV, and a message per bad user file.

    A file chosen in Settings wins, then the user's sounds folder's file of
    the same name, then the built-in. A file that fails check_wav is named
    in a message and the built-in cue is used instead.
    """
    files: dict[Cue, Path] = {}
    problems: list[str] = []
    for cue in Cue:
        name = f"{cue.value}.wav"
        picked = (chosen or {}).get(cue)
        own = picked or (user / name if user is not None else None)
        files[cue] = builtin / name
        if picked is not None and not picked.is_file():
            problems.append(
                OutputWords.tr(
                    "Sound: {file}, chosen for the {cue} cue, is missing ({folder}); "
                    "using the built-in sound."
                ).format(file=picked.name, folder=picked.parent, cue=cue.value)
            )
            continue
        if own is None or not own.is_file():
            continue
        try:
            check_wav(own)
        except SoundFileError as exc:
            problems.append(
                OutputWords.tr("Sound: {problem} ({folder}); using the built-in {cue} cue.").format(
                    problem=exc, folder=own.parent, cue=cue.value
                )
            )
        else:
            files[cue] = own
    return files, problems
