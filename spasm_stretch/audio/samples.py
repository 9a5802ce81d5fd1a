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
import sys
import wave
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 10 * 1024 * 1024
MAX_SECONDS = 10.0
_CODES = {1: "b", 2: "h", 4: "i"}


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
        raise SoundFileError(f"{path.name} cannot be read ({exc.strerror})") from None
    if size == 0:
        raise SoundFileError(f"{path.name} is empty")
    if size > MAX_BYTES:
        raise SoundFileError(
            f"{path.name} is {size / 1024 / 1024:.0f} MB; a cue sound must be under "
            f"{MAX_BYTES // 1024 // 1024} MB"
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
        raise SoundFileError(f"{path.name} is not a WAV file a player can use ({exc})") from None
    if info.sample_width not in _CODES:
        raise SoundFileError(
            f"{path.name} uses {8 * info.sample_width}-bit samples; "
            "save it as 8, 16 or 32-bit PCM WAV"
        )
    if info.frames == 0 or len(data) < info.frames * info.channels * info.sample_width:
        raise SoundFileError(f"{path.name} holds no sound (or is cut short)")
    if info.seconds > MAX_SECONDS:
        raise SoundFileError(
            f"{path.name} lasts {info.seconds:.0f} s; a cue sound must be under {MAX_SECONDS:.0f} s"
        )
    return info


def scale_samples(data: bytes, sample_width: int, factor: float) -> bytes:
    """PCM ``data`` with every sample multiplied by ``factor`` (0 to 1), rounded, clipped."""
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
    partial = target.with_suffix(".part")
    with wave.open(str(partial), "wb") as writer:
        writer.setparams(params)
        writer.writeframes(scale_samples(data, params.sampwidth, volume / 100))
    partial.replace(target)
    return target
