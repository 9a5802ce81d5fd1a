"""Cue sound files: checking a user's WAV before it is used, and volume as scaled copies.

A user's own sound is checked once, when it is loaded or chosen, so a bad
file is named in one message and replaced by the built-in cue instead of
failing at cue time and demoting the whole player. Volume is applied to
the samples themselves (a scaled copy per volume, kept in the cache
folder), so every player honours it, including helper programs such as
gst-play-1.0 that have no volume option. Standard library only.
"""

from __future__ import annotations

import array
import hashlib
import os
import sys
import threading
import wave
from dataclasses import dataclass
from pathlib import Path

from spasm_stretch.i18n.text import Text

MAX_BYTES = 10 * 1024 * 1024
MAX_SECONDS = 10.0
_CODES = {1: "b", 2: "h", 4: "i"}


class SampleWords(Text):
    """Why a sound file of one's own cannot be a cue."""


class SoundFileError(ValueError):
    """A sound file that cannot be used as a cue; the message names the file and says why."""


@dataclass(frozen=True)
class SoundInfo:
    """What a valid cue file holds."""

    channels: int
    sample_width: int
    rate: int
    frames: int

    @property
    def seconds(self) -> float:
        """Its length."""
        return self.frames / self.rate


def check_wav(path: Path) -> SoundInfo:
    """Check that ``path`` is a short, non-empty PCM WAV a player can start at once.

    Raises:
        SoundFileError: with a message naming the file, for a user to act on.
    """
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise SoundFileError(
            SampleWords.tr("{file} cannot be read ({reason})").format(
                file=path.name, reason=exc.strerror
            )
        ) from None
    if size == 0:
        raise SoundFileError(SampleWords.tr("{file} is empty").format(file=path.name))
    if size > MAX_BYTES:
        raise SoundFileError(
            SampleWords.tr("{file} is {size} MB; a cue sound must be under {limit} MB").format(
                file=path.name, size=f"{size / 1024 / 1024:.0f}", limit=MAX_BYTES // 1024 // 1024
            )
        )
    try:
        with wave.open(str(path), "rb") as reader:
            info = SoundInfo(
                reader.getnchannels(),
                reader.getsampwidth(),
                reader.getframerate(),
                reader.getnframes(),
            )
            data = reader.readframes(info.frames)
    except (wave.Error, EOFError, OSError) as exc:
        raise SoundFileError(
            SampleWords.tr("{file} is not a WAV file a player can use ({reason})").format(
                file=path.name, reason=exc
            )
        ) from None
    if info.sample_width not in _CODES:
        raise SoundFileError(
            SampleWords.tr(
                "{file} uses {bits}-bit samples; save it as 8, 16 or 32-bit PCM WAV"
            ).format(file=path.name, bits=8 * info.sample_width)
        )
    if info.frames == 0 or len(data) < info.frames * info.channels * info.sample_width:
        raise SoundFileError(
            SampleWords.tr("{file} holds no sound (or is cut short)").format(file=path.name)
        )
    if info.seconds > MAX_SECONDS:
        raise SoundFileError(
            SampleWords.tr("{file} lasts {seconds} s; a cue sound must be under {limit} s").format(
                file=path.name, seconds=f"{info.seconds:.0f}", limit=f"{MAX_SECONDS:.0f}"
            )
        )
    return info


def scale_samples(data: bytes, sample_width: int, factor: float) -> bytes:
    """PCM ``data`` with every sample multiplied by ``factor`` (0 to 1) and rounded.

    A factor of at most 1 keeps every sample within its range, so none needs clipping.
    """
    if sample_width == 1:  # 8-bit WAV is unsigned, centred on 128
        return bytes(round(128 + (value - 128) * factor) for value in data)
    samples = array.array(_CODES[sample_width])
    samples.frombytes(data)
    if sys.byteorder == "big":
        samples.byteswap()
    scaled = array.array(_CODES[sample_width], (round(value * factor) for value in samples))
    if sys.byteorder == "big":
        scaled.byteswap()
    return scaled.tobytes()


def scaled_copy(path: Path, volume: int, folder: Path) -> Path:
    """``path`` at ``volume`` percent, written once into ``folder`` and reused after.

    At 100 the file itself is returned. The copy's name carries a hash of
    the source's content, so an edited user file gets a fresh copy.
    """
    if volume >= 100:
        return path
    content = path.read_bytes()
    digest = hashlib.sha1(content, usedforsecurity=False).hexdigest()[:12]
    target = folder / f"{path.stem}-{digest}-{volume}.wav"
    if target.is_file():
        return target
    with wave.open(str(path), "rb") as reader:
        params = reader.getparams()
        data = reader.readframes(params.nframes)
    folder.mkdir(parents=True, exist_ok=True)
    # A name of this writer's own: the sound set-up thread, the window and another
    # running copy may write the same copy at once, and each replaces the target whole.
    partial = target.with_name(f"{target.stem}.{os.getpid()}-{threading.get_ident()}.part")
    with wave.open(str(partial), "wb") as writer:
        writer.setparams(params)
        writer.writeframes(scale_samples(data, params.sampwidth, volume / 100))
    partial.replace(target)
    return target
