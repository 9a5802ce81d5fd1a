"""Cue sound files: reading any PCM WAV a person has, and volume as scaled copies.

A user's own sound is checked once, when it is loaded or chosen, so a bad
file is named in one message and replaced by the built-in cue instead of
failing at cue time and demoting the whole player. Any PCM WAV is accepted
(8/16/24/32-bit integer, 32/64-bit float, plain or extensible header,
8 to 192 kHz, mono or stereo) and converted once into a plain 16-bit copy in
the cache folder, at the chosen volume, so every player can start it at
once and honours the volume. Anything else is refused with words a person
can act on ("…is an MP3; save it as WAV"). The RIFF reader is our own
(standard library only) because Python's ``wave`` knows neither float nor
24/32-bit extensible files and says only "unknown format: 65534".
"""

from __future__ import annotations

import array
import os
import struct
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from spasm_stretch.i18n.text import Text

MAX_BYTES = 10 * 1024 * 1024
MAX_SECONDS = 10.0
MIN_RATE = 8000
MAX_RATE = 192000
PCM = 1
FLOAT = 3
EXTENSIBLE = 0xFFFE
# Formats a person might meet inside a .wav, by their format tag, named for the message.
COMPRESSED = {2: "ADPCM", 6: "A-law", 7: "µ-law", 0x11: "IMA ADPCM", 0x50: "MPEG", 0x55: "MP3"}
# Other files renamed .wav, by their first bytes.
MAGIC = (
    (b"ID3", "MP3"),
    (b"\xff\xfb", "MP3"),
    (b"\xff\xf3", "MP3"),
    (b"\xff\xf2", "MP3"),
    (b"OggS", "Ogg"),
    (b"fLaC", "FLAC"),
    (b"FORM", "AIFF"),
)


class SampleWords(Text):
    """Why a sound file of one's own cannot be a cue."""


class SoundFileError(ValueError):
    """A sound file that cannot be used as a cue; the message names the file and says why."""


@dataclass(frozen=True)
class SoundInfo:
    """What a valid cue file holds (``sample_width`` in bytes, as the file stores it)."""

    channels: int
    sample_width: int
    rate: int
    frames: int
    is_float: bool = False
    plain: bool = True  # a plain 16-bit PCM header, which any player reads as it is

    @property
    def seconds(self) -> float:
        """Its length."""
        return self.frames / self.rate


def _fail(message: str, path: Path, **values: object) -> SoundFileError:
    return SoundFileError(message.format(file=path.name, **values))


def _read(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise _fail(
                SampleWords.tr("{file} is {size} MB; a cue sound must be under {limit} MB"),
                path,
                size=f"{size / 1024 / 1024:.0f}",
                limit=MAX_BYTES // 1024 // 1024,
            )
        with path.open("rb") as file:
            content = file.read(MAX_BYTES + 1)
    except OSError as exc:
        raise _fail(
            SampleWords.tr("{file} cannot be read ({reason})"), path, reason=exc.strerror
        ) from None
    if not content:
        raise _fail(SampleWords.tr("{file} is empty"), path)
    if len(content) > MAX_BYTES:  # grew since stat
        raise _fail(SampleWords.tr("{file} is over {limit} MB"), path, limit=MAX_BYTES // 2**20)
    return content


def _kind(content: bytes) -> str | None:
    """What the first bytes say the file is (None: nothing we know)."""
    if content[:4] == b"RIFF" and content[8:12] == b"WAVE":
        return "WAV"
    if content[4:8] == b"ftyp":
        return "MP4/M4A"
    return next((kind for magic, kind in MAGIC if content.startswith(magic)), None)


def _chunks(content: bytes) -> dict[bytes, tuple[int, int]]:
    """Each chunk's (start, size) after the RIFF header; the first of each name counts.

    A chunk that claims more bytes than the file holds ends the walk (a huge
    LIST chunk cannot make us read or allocate past the file).
    """
    found: dict[bytes, tuple[int, int]] = {}
    at = 12
    while at + 8 <= len(content):
        name = content[at : at + 4]
        (size,) = struct.unpack_from("<I", content, at + 4)
        start = at + 8
        found.setdefault(name, (start, min(size, len(content) - start)))
        if start + size > len(content):
            break
        at = start + size + (size & 1)
    return found


def _parse(path: Path, content: bytes) -> tuple[SoundInfo, bytes]:
    """The file's format and its sample bytes, or a SoundFileError saying what to do."""
    kind = _kind(content)
    if kind is None:
        raise _fail(SampleWords.tr("{file} is not a WAV file; save it as WAV (PCM, 16-bit)"), path)
    if kind != "WAV":
        raise _fail(
            SampleWords.tr("{file} is an {kind} file, not a WAV; save it as WAV"), path, kind=kind
        )
    chunks = _chunks(content)
    if b"fmt " not in chunks or chunks[b"fmt "][1] < 16:
        raise _fail(
            SampleWords.tr("{file} is a damaged WAV file (no format chunk); save it again"), path
        )
    start, size = chunks[b"fmt "]
    tag, channels, rate, _, _, bits = struct.unpack_from("<HHIIHH", content, start)
    plain = tag == PCM
    if tag == EXTENSIBLE and size >= 40:
        bits = struct.unpack_from("<H", content, start + 18)[0] or bits
        tag = struct.unpack_from("<H", content, start + 24)[0]  # the sub-format GUID's first word
    if tag in COMPRESSED:
        raise _fail(
            SampleWords.tr("{file} holds {kind}-compressed sound; save it as PCM WAV"),
            path,
            kind=COMPRESSED[tag],
        )
    if tag not in (PCM, FLOAT):
        raise _fail(
            SampleWords.tr(
                "{file} uses an audio format ({code}) cues cannot play; save it as PCM WAV"
            ),
            path,
            code=tag,
        )
    if (tag == PCM and bits not in (8, 16, 24, 32)) or (tag == FLOAT and bits not in (32, 64)):
        raise _fail(
            SampleWords.tr(
                "{file} uses {bits}-bit samples; save it as 8, 16, 24 or 32-bit PCM WAV"
            ),
            path,
            bits=bits,
        )
    if not MIN_RATE <= rate <= MAX_RATE:
        raise _fail(
            SampleWords.tr(
                "{file} says its sample rate is {rate} Hz; save it at a rate from 8000 to 192000 Hz"
            ),
            path,
            rate=rate,
        )
    if channels not in (1, 2):
        raise _fail(
            SampleWords.tr("{file} has {channels} channels; save it as mono or stereo"),
            path,
            channels=channels,
        )
    width = bits // 8
    data_start, data_size = chunks.get(b"data", (0, 0))
    frames = data_size // (width * channels)
    if frames == 0:
        raise _fail(SampleWords.tr("{file} holds no sound (or is cut short)"), path)
    info = SoundInfo(channels, width, rate, frames, tag == FLOAT, plain and bits == 16)
    if info.seconds > MAX_SECONDS:
        raise _fail(
            SampleWords.tr("{file} lasts {seconds} s; a cue sound must be under {limit} s"),
            path,
            seconds=f"{info.seconds:.0f}",
            limit=f"{MAX_SECONDS:.0f}",
        )
    return info, content[data_start : data_start + frames * width * channels]


def check_wav(path: Path) -> SoundInfo:
    """Check that ``path`` is a short, non-empty PCM WAV we can play.

    Raises:
        SoundFileError: with a message naming the file, for a user to act on.
    """
    return _parse(path, _read(path))[0]


def to_pcm16(info: SoundInfo, data: bytes) -> bytes:
    """The samples as 16-bit little-endian integers (the high bytes of wider ones)."""
    width = info.sample_width
    if info.is_float:
        values = array.array("f" if width == 4 else "d")
        values.frombytes(data)
        if sys.byteorder == "big":
            values.byteswap()
        out = array.array("h", (round(max(-1.0, min(1.0, v)) * 32767) for v in values))
        if sys.byteorder == "big":
            out.byteswap()
        return out.tobytes()
    if width == 2:
        return data
    if width == 1:  # unsigned 8-bit: the byte minus 128 becomes the high byte
        high = bytes((value - 128) & 0xFF for value in data)
        result = bytearray(2 * len(data))
        result[1::2] = high
        return bytes(result)
    result = bytearray(2 * (len(data) // width))
    result[0::2] = data[width - 2 :: width]
    result[1::2] = data[width - 1 :: width]
    return bytes(result)


def scale_samples(data: bytes, sample_width: int, factor: float) -> bytes:
    """PCM ``data`` with every sample multiplied by ``factor`` (0 to 1) and rounded.

    A factor of at most 1 keeps every sample within its range, so none needs clipping.
    """
    if sample_width == 1:  # 8-bit WAV is unsigned, centred on 128
        return bytes(round(128 + (value - 128) * factor) for value in data)
    codes = {2: "h", 4: "i"}
    samples = array.array(codes[sample_width])
    samples.frombytes(data)
    if sys.byteorder == "big":
        samples.byteswap()
    scaled = array.array(codes[sample_width], (round(value * factor) for value in samples))
    if sys.byteorder == "big":
        scaled.byteswap()
    return scaled.tobytes()


def scaled_copy(path: Path, volume: int, folder: Path) -> Path:
    """``path`` as plain 16-bit PCM at ``volume`` percent, written once into ``folder``.

    A plain 16-bit file at 100 is returned as it is. The copy's name carries
    a hash of the source's content, so an edited (or swapped) user file gets
    a fresh copy, and is checked again.

    Raises:
        SoundFileError: the file is no longer one we can play (swapped, cut, deleted).
    """
    content = _read(path)
    info, data = _parse(path, content)
    if volume >= 100 and info.plain:
        return path
    import hashlib  # with wave, only when a copy is made: not on the window's way up
    import wave

    digest = hashlib.sha1(content, usedforsecurity=False).hexdigest()[:12]
    target = folder / f"{path.stem}-{digest}-{min(volume, 100)}.wav"
    if target.is_file():
        return target
    samples = to_pcm16(info, data)
    if volume < 100:
        samples = scale_samples(samples, 2, max(0, volume) / 100)
    folder.mkdir(parents=True, exist_ok=True)
    # A name of this writer's own: the sound set-up thread, the window and another
    # running copy may write the same copy at once, and each replaces the target whole.
    partial = target.with_name(f"{target.stem}.{os.getpid()}-{threading.get_ident()}.part")
    with wave.open(str(partial), "wb") as writer:
        writer.setnchannels(info.channels)
        writer.setsampwidth(2)
        writer.setframerate(info.rate)
        writer.writeframes(samples)
    partial.replace(target)
    return target
