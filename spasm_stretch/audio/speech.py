"""Speech synthesised ahead of time, off the window's thread, into PCM kept in memory.

The voice's phrases (step names, "switch sides", "relax", "routine complete")
are all known when a session opens, so they are synthesised then, on a
worker thread, and the session only ever looks them up: a phrase that is not
ready is skipped, never waited for (``Synthesiser.clip`` does not block).

Engines (``find_engine``), in this order:

- ``library``: libespeak-ng (``libespeak-ng.so.1``), which both speech-dispatcher's
  default espeak-ng module and the espeak-ng package install, driven through
  ctypes in a short-lived child process (``espeak_child.py``: one per batch,
  ~25 ms to start, ~1 ms a phrase);
- ``program``: the ``espeak-ng`` command writing a WAV to its stdout, one run
  per phrase (~10 ms each), where the library cannot be loaded.

Both run outside the app's process: the text is the user's (routine names),
and a crash or a hang of the engine must cost one phrase, never the app.
Each phrase has a deadline (``PHRASE_SECONDS``); an engine that misses it is
killed, the phrase dropped, and the rest go on in a new process, up to
``MAX_FAILURES`` times a batch. ``SPASM_STRETCH_SPEECH`` chooses an engine
(``library``, ``program``) or hides them all (``none``), as when none is
installed. The cache is memory only (bounded by ``CACHE_BYTES``): a phrase
costs ~1 ms to make, less than reading it back from a disk cache would save
(``bench/speech_engines.py``).
"""

from __future__ import annotations

import array
import ctypes
import functools
import json
import os
import select
import shutil
import struct
import subprocess
import sys
import threading
import time
import unicodedata
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Protocol

from spasm_stretch.audio import espeak_child
from spasm_stretch.i18n.text import Text

ENGINE_VARIABLE = "SPASM_STRETCH_SPEECH"
ENGINE_CHOICES = ("auto", "library", "program", "none")
PROGRAM = "espeak-ng"
PHRASE_SECONDS = 2.0  # a phrase takes ~1 ms; an engine this slow is hung
START_SECONDS = 3.0  # starting the child (Python and the library) takes ~25 ms
MAX_FAILURES = 2  # crashes or hangs in one batch before the engine is given up
MAX_CHARS = 160  # a longer name is cut at a word: the next chime would cut it off anyway
MAX_SECONDS = 10.0
SILENT_LEVEL = 64
CACHE_BYTES = 8 * 1024 * 1024  # ~3 minutes of speech at 22 kHz
# The app's languages and espeak-ng's names for their voices.
VOICES = {"en": "en", "de": "de", "fr": "fr", "es": "es"}


class SpeechWords(Text):
    """What the voice says about itself when it cannot speak."""


@dataclass(frozen=True)
class SpeechClip:
    """One phrase, spoken: signed 16-bit little-endian mono PCM at ``rate``."""

    text: str
    language: str
    rate: int
    pcm: bytes

    @property
    def seconds(self) -> float:
        """How long it plays."""
        return len(self.pcm) / 2 / self.rate if self.rate else 0.0


class SpeechError(RuntimeError):
    """The engine could not speak; the message is for the user."""


class Engine(Protocol):
    """Something that turns text into PCM, outside the app's process."""

    name: str

    def speak(
        self,
        voice: str,
        texts: Sequence[str],
        deliver: Callable[[str, bytes, int], None],
        should_stop: Callable[[], bool],
    ) -> None:
        """Speak each of ``texts`` in turn, handing each one's PCM and rate to ``deliver``.

        Raises SpeechError when the engine cannot go on (no voice for the
        language, crashed or hung too often); the phrases delivered stay.
        """


def install_hint() -> str:
    """What to install when no engine can speak, in words a person can act on."""
    return SpeechWords.tr(
        "no speech engine on this computer; install espeak-ng "
        "(on Debian or Ubuntu: sudo apt install espeak-ng). The chimes play as before."
    )


def no_voice_hint(language: str) -> str:
    """What to do when the engine has no voice for the interface language."""
    return SpeechWords.tr(
        'the speech engine has no voice for "{language}"; install espeak-ng-data '
        "(on Debian or Ubuntu: sudo apt install espeak-ng-data). The chimes play as before."
    ).format(language=language)


def broken_hint(engine: str) -> str:
    """What to say when the engine crashed or hung more than once."""
    return SpeechWords.tr(
        "the speech engine ({engine}) crashed or hung, so the voice is off this session; "
        "the chimes play as before. If it recurs, reinstall espeak-ng."
    ).format(engine=engine)


def speakable(text: str) -> str:
    """``text`` as the voice says it: one line, no control characters, at most MAX_CHARS.

    A longer text is cut at its last space before the limit (the next chime
    would cut it off anyway); "" means nothing to say.
    """
    kept = "".join(
        " " if unicodedata.category(char).startswith(("C", "Z")) else char for char in text
    )
    words = " ".join(kept.split())
    if len(words) <= MAX_CHARS:
        return words
    cut = words[:MAX_CHARS]
    return cut.rsplit(" ", 1)[0] if " " in cut else cut


@functools.cache
def library_loads(library: str = espeak_child.LIBRARY) -> bool:
    """True when libespeak-ng can be loaded here (~3 ms, once: nothing of it runs)."""
    try:
        ctypes.CDLL(library)
    except OSError:
        return False
    return True


def find_engine(
    environ: Mapping[str, str] = os.environ,
    which: Callable[[str], str | None] = shutil.which,
    loads: Callable[[], bool] = library_loads,
) -> Engine | None:
    """The engine to speak with, or None (then ``install_hint`` says what to install)."""
    choice = environ.get(ENGINE_VARIABLE, "auto").strip().lower() or "auto"
    if choice not in ENGINE_CHOICES:
        choice = "auto"
    if choice in ("auto", "library") and loads():
        return LibraryEngine()
    program = which(PROGRAM)
    if choice in ("auto", "program") and program is not None:
        return ProgramEngine(program)
    return None


def _read_exactly(stream: IO[bytes], size: int, deadline: float) -> bytes | None:
    """``size`` bytes from ``stream`` before ``deadline``; None on its end or when time is up."""
    fd = stream.fileno()
    data = bytearray()
    while len(data) < size:
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            return None
        chunk = os.read(fd, size - len(data))
        if not chunk:
            return None
        data += chunk
    return bytes(data)


class LibraryEngine:
    """libespeak-ng in a child process: one per batch, killed if it hangs, replaced if it dies."""

    name = "libespeak-ng"

    def __init__(self, command: Sequence[str] | None = None) -> None:
        self._command = list(command or [sys.executable, "-I", espeak_child.__file__])

    def speak(
        self,
        voice: str,
        texts: Sequence[str],
        deliver: Callable[[str, bytes, int], None],
        should_stop: Callable[[], bool],
    ) -> None:
        """Speak ``texts`` through as few children as crashes and hangs allow."""
        left = list(texts)
        failures = 0
        while left and not should_stop():
            done = self._batch(voice, left, deliver, should_stop)
            if done >= len(left):
                return
            failures += 1
            if failures > MAX_FAILURES:
                raise SpeechError(broken_hint(self.name))
            left = left[done + 1 :]  # the phrase it failed on is dropped

    def _batch(
        self,
        voice: str,
        texts: Sequence[str],
        deliver: Callable[[str, bytes, int], None],
        should_stop: Callable[[], bool],
    ) -> int:
        """How many of ``texts`` one child spoke before it ended, crashed or hung."""
        child = subprocess.Popen(
            [*self._command, voice],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        assert child.stdin is not None and child.stdout is not None
        done = 0
        try:
            header = _read_exactly(child.stdout, 8, time.monotonic() + START_SECONDS)
            if header is None:
                return 0
            rate, status = struct.unpack("<ii", header)
            if status == espeak_child.NO_VOICE:
                raise SpeechError(no_voice_hint(voice))
            if status != espeak_child.READY:
                raise SpeechError(install_hint())
            for text in texts:
                if should_stop():
                    return len(texts)
                child.stdin.write(json.dumps(text).encode() + b"\n")
                child.stdin.flush()
                deadline = time.monotonic() + PHRASE_SECONDS
                size = _read_exactly(child.stdout, 4, deadline)
                if size is None:
                    return done
                pcm = _read_exactly(child.stdout, struct.unpack("<i", size)[0], deadline)
                if pcm is None:
                    return done
                deliver(text, pcm, rate)
                done += 1
            return done
        except (BrokenPipeError, struct.error):
            return done
        finally:
            child.kill()
            child.wait()
            child.stdin.close()
            child.stdout.close()


class ProgramEngine:
    """The ``espeak-ng`` command, one run per phrase, writing a WAV to its stdout."""

    name = "espeak-ng"

    def __init__(self, program: str) -> None:
        self._program = program

    def speak(
        self,
        voice: str,
        texts: Sequence[str],
        deliver: Callable[[str, bytes, int], None],
        should_stop: Callable[[], bool],
    ) -> None:
        """Speak ``texts``, one process each; a run that hangs is killed at its deadline."""
        failures = 0
        for text in texts:
            if should_stop():
                return
            try:
                done = subprocess.run(
                    [self._program, "-v", voice, "--stdout", "--", text],
                    capture_output=True,
                    timeout=PHRASE_SECONDS,
                    check=False,
                )
            except (subprocess.TimeoutExpired, OSError):
                done = None
            wav = _wav_pcm(done.stdout) if done is not None and done.returncode == 0 else None
            if done is not None and b"voice does not exist" in done.stderr:
                raise SpeechError(no_voice_hint(voice))
            if wav is None:
                failures += 1
                if failures > MAX_FAILURES:
                    raise SpeechError(broken_hint(self.name))
                continue
            deliver(text, *wav)


def _wav_pcm(content: bytes) -> tuple[bytes, int] | None:
    """The PCM and rate of a 16-bit mono WAV as espeak-ng writes it to a pipe.

    Its sizes are placeholders there (it cannot seek back), so the data run
    to the end of the output.
    """
    if content[:4] != b"RIFF" or content[8:12] != b"WAVE":
        return None
    at = 12
    rate = 0
    while at + 8 <= len(content):
        kind, size = content[at : at + 4], struct.unpack("<I", content[at + 4 : at + 8])[0]
        if kind == b"fmt ":
            channels, rate, _, _, bits = struct.unpack("<HIIHH", content[at + 10 : at + 24])
            if channels != 1 or bits != 16:
                return None
        if kind == b"data":
            return (content[at + 8 :], rate) if rate else None
        at += 8 + size + (size & 1)
    return None


class Synthesiser:
    """Phrases made on a worker thread and kept in memory, looked up without waiting.

    ``on_ready`` is called on the worker thread with each clip as it is made;
    ``on_problem`` with a message when the engine cannot speak (once per
    kind of problem: the caller shows it).
    """

    def __init__(
        self,
        engine: Engine,
        language: str,
        *,
        on_ready: Callable[[SpeechClip], None] = lambda clip: None,
        on_problem: Callable[[str], None] = lambda text: None,
        cache_bytes: int = CACHE_BYTES,
    ) -> None:
        self.engine = engine
        self.language = language
        self._voice = VOICES.get(language, language)
        self._on_ready = on_ready
        self._on_problem = on_problem
        self._cache_bytes = cache_bytes
        self._clips: OrderedDict[str, SpeechClip] = OrderedDict()
        self._size = 0
        self._wanted: list[str] = []
        self._lock = threading.Lock()
        self._worker: threading.Thread | None = None
        self._stopping = False
        self._broken = False

    def prepare(self, texts: Iterable[str], *, again: bool = False) -> None:
        """Make these phrases (in this order) on the worker thread, unless made already.

        After the engine failed, nothing is asked of it until ``again`` (a new
        session) gives it another chance.
        """
        with self._lock:
            if again and (self._worker is None or not self._worker.is_alive()):
                self._broken = False
            if self._broken or self._stopping:
                return
            for text in texts:
                spoken = speakable(text)
                if spoken and spoken not in self._clips and spoken not in self._wanted:
                    self._wanted.append(spoken)
            if self._wanted and (self._worker is None or not self._worker.is_alive()):
                self._worker = threading.Thread(target=self._work, name="speech", daemon=True)
                self._worker.start()

    def clip(self, text: str) -> SpeechClip | None:
        """The phrase spoken, if it is ready; None at once otherwise (never waits)."""
        spoken = speakable(text)
        with self._lock:
            clip = self._clips.get(spoken)
            if clip is not None:
                self._clips.move_to_end(spoken)
            return clip

    def busy(self) -> bool:
        """True while phrases are being made."""
        worker = self._worker
        return worker is not None and worker.is_alive()

    def join(self, timeout: float) -> bool:
        """Wait until every phrase asked for is made (for tools and tests); True if done."""
        deadline = time.monotonic() + timeout
        while (worker := self._worker) is not None and worker.is_alive():
            worker.join(max(0.0, deadline - time.monotonic()))
            if worker.is_alive():
                return False
        return True

    def close(self) -> None:
        """Make no more phrases; the engine's process is ended within one phrase's time."""
        with self._lock:
            self._stopping = True
            self._wanted.clear()

    def _work(self) -> None:
        while True:
            with self._lock:
                batch, self._wanted = self._wanted, []
                if not batch or self._stopping:
                    self._worker = None
                    return
            try:
                self.engine.speak(self._voice, batch, self._keep, lambda: self._stopping)
            except SpeechError as exc:
                with self._lock:
                    self._broken = True
                    self._wanted.clear()
                self._on_problem(str(exc))
            except Exception as exc:  # an engine's surprise costs the voice, never the app
                with self._lock:
                    self._broken = True
                    self._wanted.clear()
                self._on_problem(broken_hint(f"{self.engine.name}: {exc}"))

    def _keep(self, text: str, pcm: bytes, rate: int) -> None:
        pcm = trimmed(pcm)[: int(MAX_SECONDS * rate) * 2]
        if not pcm:
            return  # only silence: nothing to say
        clip = SpeechClip(text, self.language, rate, pcm)
        with self._lock:
            if self._stopping:
                return
            self._clips[text] = clip
            self._size += len(pcm)
            while self._size > self._cache_bytes and len(self._clips) > 1:
                _, old = self._clips.popitem(last=False)
                self._size -= len(old.pcm)
        self._on_ready(clip)


def trimmed(pcm: bytes) -> bytes:
    """``pcm`` without its silent start and end, so the words begin as the chime ends.

    espeak-ng pads a phrase with up to ~12 ms of silence before and ~7 ms after;
    silence here is below SILENT_LEVEL (-54 dBFS).
    """
    samples = array.array("h")
    samples.frombytes(pcm[: len(pcm) // 2 * 2])
    first = next((i for i, value in enumerate(samples) if abs(value) > SILENT_LEVEL), None)
    if first is None:
        return b""
    last = next(i for i in range(len(samples) - 1, -1, -1) if abs(samples[i]) > SILENT_LEVEL)
    return samples[first : last + 1].tobytes()


def clip_wav(clip: SpeechClip, path: Path) -> Path:
    """Write ``clip`` as a WAV file (for players that play files); ``path`` returned."""
    import wave

    with wave.open(str(path), "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(clip.rate)
        writer.writeframes(clip.pcm)
    return path
