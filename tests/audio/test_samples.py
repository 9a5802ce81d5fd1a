"""A person's own WAVs: every PCM kind plays whole at its level; anything else gets words to act on.

Also the issue-24 corpus: broken files (sample rate 0 or 4294967295, a huge
LIST chunk, cut, flipped bytes) are refused with a SoundFileError and never
escape as any other exception, so one bad file can never stop the app.
"""

from __future__ import annotations

import array
import math
import os
import random
import struct
import subprocess
import sys
import wave
from pathlib import Path

import pytest

from spasm_stretch.audio.samples import (
    MAX_RATE,
    MIN_RATE,
    SoundFileError,
    check_wav,
    scaled_copy,
)

PCM, FLOAT, EXTENSIBLE = 1, 3, 0xFFFE


def samples(bits: int, is_float: bool, values: list[float]) -> bytes:
    """``values`` (-1..1) encoded as the file would store them."""
    if is_float:
        return array.array("f" if bits == 32 else "d", values).tobytes()
    if bits == 8:
        return bytes(round(128 + v * 127) for v in values)
    if bits % 8:
        return bytes(2 * len(values))  # a width no player knows: its content does not matter
    top = 2 ** (bits - 1) - 1
    return b"".join(round(v * top).to_bytes(bits // 8, "little", signed=True) for v in values)


def wav_bytes(
    *,
    bits: int = 16,
    is_float: bool = False,
    extensible: bool = False,
    rate: int = 44100,
    channels: int = 1,
    frames: int = 4410,
    amplitude: float = 0.5,
    before_data: bytes = b"",
    tag: int | None = None,
) -> bytes:
    """A RIFF WAVE file in memory: a sine at ``amplitude``, in the format asked for."""
    code = tag if tag is not None else (FLOAT if is_float else PCM)
    values = [
        amplitude * math.sin(2 * math.pi * 440 * (i // channels) / max(rate, 1))
        for i in range(frames * channels)
    ]
    data = samples(bits, is_float, values)
    align = channels * bits // 8
    header = struct.pack("<HHIIHH", EXTENSIBLE if extensible else code, channels, rate,
                         rate * align & 0xFFFFFFFF, align, bits)  # fmt: skip
    if extensible:
        guid_tail = b"\x00\x00\x00\x00\x10\x00\x80\x00\x00\xaa\x00\x38\x9b\x71"
        header += struct.pack("<HHI", 22, bits, 0) + struct.pack("<H", code) + guid_tail
    body = b"WAVE" + b"fmt " + struct.pack("<I", len(header)) + header + before_data
    body += b"data" + struct.pack("<I", len(data)) + data
    return b"RIFF" + struct.pack("<I", len(body)) + body


def peak_of(path: Path) -> tuple[float, int, int, int]:
    """(peak as a fraction of full scale, frames, rate, channels) of a 16-bit WAV."""
    with wave.open(str(path), "rb") as reader:
        assert reader.getsampwidth() == 2
        data = array.array("h", reader.readframes(reader.getnframes()))
        return (
            max(abs(v) for v in data) / 32767,
            reader.getnframes(),
            reader.getframerate(),
            reader.getnchannels(),
        )


KINDS = [(8, False), (16, False), (24, False), (32, False), (32, True), (64, True)]


@pytest.mark.parametrize(("bits", "is_float"), KINDS)
@pytest.mark.parametrize("extensible", [False, True])
@pytest.mark.parametrize(("rate", "channels"), [(MIN_RATE, 1), (48000, 2), (MAX_RATE, 2)])
def test_every_pcm_wav_plays_whole_at_its_level(
    tmp_path: Path, *, bits: int, is_float: bool, extensible: bool, rate: int, channels: int
) -> None:
    """8/16/24/32-bit int, 32/64-bit float, plain or extensible, 8-192 kHz: whole, same level."""
    source = tmp_path / "own.wav"
    source.write_bytes(wav_bytes(bits=bits, is_float=is_float, extensible=extensible,
                                 rate=rate, channels=channels, frames=rate // 10))  # fmt: skip
    info = check_wav(source)
    assert (info.rate, info.channels, info.frames) == (rate, channels, rate // 10)
    for volume, level in ((100, 0.5), (40, 0.2)):
        copy = scaled_copy(source, volume, tmp_path / "cache")
        peak, frames, copy_rate, copy_channels = peak_of(copy)
        assert (frames, copy_rate, copy_channels) == (rate // 10, rate, channels)
        assert peak == pytest.approx(level, abs=0.01 if bits > 8 else 0.02)


@pytest.mark.parametrize(
    ("rate", "plays"),
    [(0, False), (MIN_RATE - 1, False), (MIN_RATE, True), (MAX_RATE, True),
     (MAX_RATE + 1, False), (4294967295, False)],
)  # fmt: skip
def test_sample_rate_limits_and_nonsense_rates_get_a_message(
    tmp_path: Path, rate: int, plays: bool
) -> None:
    """8000 and 192000 Hz play; one hertz beyond, 0 Hz and 4294967295 Hz are refused in words."""
    source = tmp_path / "odd.wav"
    source.write_bytes(wav_bytes(rate=rate, frames=800))
    if plays:
        assert check_wav(source).rate == rate
    else:
        with pytest.raises(SoundFileError, match=rf"odd\.wav says its sample rate is {rate} Hz"):
            check_wav(source)


def test_a_cue_may_last_ten_seconds_and_not_one_frame_more(tmp_path: Path) -> None:
    """The 10 s limit, to the frame."""
    source = tmp_path / "long.wav"
    source.write_bytes(wav_bytes(rate=8000, frames=80000))
    assert check_wav(source).seconds == 10.0
    source.write_bytes(wav_bytes(rate=8000, frames=80001))
    with pytest.raises(SoundFileError, match=r"long\.wav lasts 10 s; a cue sound must be under"):
        check_wav(source)


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (
            b"ID3\x04\x00\x00\x00\x00\x00\x00" + bytes(500),
            "is an MP3 file, not a WAV; save it as WAV",
        ),
        (b"\xff\xfb\x90\x64" + bytes(500), "is an MP3 file, not a WAV; save it as WAV"),
        (b"OggS" + bytes(500), "is an Ogg file, not a WAV; save it as WAV"),
        (b"fLaC" + bytes(500), "is an FLAC file, not a WAV; save it as WAV"),
        (wav_bytes(tag=0x55), "holds MP3-compressed sound; save it as PCM WAV"),
        (wav_bytes(tag=2), "holds ADPCM-compressed sound; save it as PCM WAV"),
        (wav_bytes(bits=12), "uses 12-bit samples; save it as 8, 16, 24 or 32-bit PCM WAV"),
        (wav_bytes(channels=6, frames=100), "has 6 channels; save it as mono or stereo"),
    ],
)
def test_other_sound_files_are_refused_with_what_to_do(
    tmp_path: Path, content: bytes, words: str
) -> None:
    """An MP3 renamed .wav, Ogg, FLAC, compressed WAVs: the message says what to save it as."""
    source = tmp_path / "mine.wav"
    source.write_bytes(content)
    with pytest.raises(SoundFileError) as refused:
        check_wav(source)
    assert str(refused.value) == f"mine.wav {words}"


def test_chunks_before_the_sound_are_skipped_and_a_huge_list_chunk_is_refused(
    tmp_path: Path,
) -> None:
    """A normal LIST chunk is skipped; one claiming 4 GB is refused at once, nothing read past."""
    source = tmp_path / "tagged.wav"
    source.write_bytes(wav_bytes(before_data=b"LIST" + struct.pack("<I", 8) + b"INFOabcd"))
    assert check_wav(source).frames == 4410
    source.write_bytes(wav_bytes(before_data=b"LIST" + struct.pack("<I", 0xFFFFFFF0) + b"INFO"))
    with pytest.raises(SoundFileError, match=r"tagged\.wav holds no sound"):
        check_wav(source)


def broken_corpus(rng: random.Random) -> list[bytes]:
    """Valid WAVs of every kind, then cut, flipped, and with header fields set to extremes."""
    corpus = []
    good = [wav_bytes(bits=b, is_float=f, extensible=e, frames=300) for b, f in KINDS
            for e in (False, True)]  # fmt: skip
    for base in good:
        corpus += [base[:cut] for cut in range(0, 80)]
        for _ in range(40):
            mutated = bytearray(base)
            for _ in range(rng.randint(1, 6)):
                mutated[rng.randrange(min(len(mutated), 80))] = rng.randrange(256)
            corpus.append(bytes(mutated))
        for offset in (4, 16, 20, 22, 24, 28, 32, 34, 40):
            for value in (0, 1, 0xFFFF, 0xFFFFFFFF):
                mutated = bytearray(base)
                width = 2 if offset in (20, 22, 32, 34) else 4
                mutated[offset : offset + width] = (value & (2 ** (8 * width) - 1)).to_bytes(
                    width, "little"
                )
                corpus.append(bytes(mutated))
    return corpus


def test_a_corpus_of_broken_wavs_never_escapes_as_anything_but_a_message(tmp_path: Path) -> None:
    """Thousands of broken files: each is refused in words or played; no other exception."""
    rng = random.Random(24)
    source = tmp_path / "prepare.wav"
    escapes = []
    corpus = broken_corpus(rng)
    for content in corpus:
        source.write_bytes(content)
        try:
            check_wav(source)
            scaled_copy(source, 40, tmp_path / "cache")
        except SoundFileError as refused:
            assert str(refused).startswith("prepare.wav ")
        except Exception as exc:  # counting escapes is the point
            escapes.append((content[:48], exc))
    assert len(corpus) > 1800
    assert escapes == []


def test_trace_and_sounds_with_broken_user_files_say_so_and_exit_0(tmp_path: Path) -> None:
    """Rate 0, rate 4294967295, a huge LIST chunk, an MP3 renamed: each named, session runs."""
    folder = Path(os.environ["XDG_DATA_HOME"]) / "spasm-stretch" / "sounds"
    folder.mkdir(parents=True)
    (folder / "prepare.wav").write_bytes(wav_bytes(rate=0))
    (folder / "hold_start.wav").write_bytes(wav_bytes(rate=4294967295))
    (folder / "countdown.wav").write_bytes(
        wav_bytes(before_data=b"LIST" + struct.pack("<I", 0xFFFFFFF0))
    )
    (folder / "switch_sides.wav").write_bytes(b"ID3\x04" + bytes(2000))
    done = subprocess.run(
        [sys.executable, "-m", "spasm_stretch", "--audio", "silent",
         "trace", "neck", "--speed", "200"],
        check=False, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    for words in ("prepare.wav says its sample rate is 0 Hz",
                  "hold_start.wav says its sample rate is 4294967295 Hz",
                  "countdown.wav holds no sound", "switch_sides.wav is an MP3 file"):  # fmt: skip
        assert done.stderr.count(words) == 1, done.stderr
