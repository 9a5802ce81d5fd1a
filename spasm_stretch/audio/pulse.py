"""The sound server's own sample cache: cues uploaded once, played and mixed by the server.

Why: the in-process miniaudio player feeds the device from a Python generator
on its audio thread, so every 8 ms period needs Python's lock; whenever the
window's thread holds that lock longer, the device underruns (glitches, a
late first cue), and a running stream wakes the process ~125 times a second
during a hold. Here the app wakes only when it asks for a cue: each cue's
PCM is uploaded to PulseAudio (or PipeWire's pulse server) once when a
session starts, and ``pa_context_play_sample_with_proplist`` asks the server
to play it on the chosen sink. The server mixes; no stream is held between
cues; libpulse's own thread (C, no Python) does the socket work.

A new chime ends whatever of ours still plays (the callback gives each
play's sink-input index), so no stale tail is heard. Speech is handed over
from memory as it is made (``keep_speech``, on the voice's worker thread, so
it is uploaded before its first use and never on the window's thread) and
started (``play_after``) when the server reports that its chime's sink input
has ended (after_chime.py), never over it, at the volume asked for.
When the session ends the samples are removed and the connection closed:
a resting app holds nothing on the server.

libpulse is reached through ctypes (libpulse.py says why not pulsectl).
"""

from __future__ import annotations

import contextlib
import ctypes
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from spasm_stretch.audio.after_chime import AfterChime
from spasm_stretch.audio.libpulse import (
    CONTEXT_NOAUTOSPAWN,
    EVENT_FACILITY_MASK,
    EVENT_REMOVE,
    EVENT_SINK_INPUT,
    EVENT_TYPE_MASK,
    FAILED,
    IGNORE,
    MASK_SINK_INPUT,
    NO_INDEX,
    READY,
    SAMPLE_S16LE,
    STREAM_FAILED,
    STREAM_READY,
    STREAM_TERMINATED,
    TERMINATED,
    VOLUME_NORM,
    Clip,
    ContextCb,
    IndexCb,
    SampleCb,
    SampleSpec,
    ServerCb,
    SinkCb,
    StreamCb,
    SubscribeCb,
    SuccessCb,
    device_back,
    device_gone,
    load_libpulse,
    stray,
)
from spasm_stretch.audio.players import PlayerFailedError, PlayerUnavailableError, PlayerWords

CONNECT_TIMEOUT_S = 1.0
# The longest the window's thread waits for the server (a device look, the end's clean-up).
WINDOW_WAIT_S = 0.05


class PulseSamplePlayer:
    """Cues and speech played from the sound server's sample cache, on the chosen sink.

    ``on_started`` (optional) is called with each clip's path (a phrase's
    key) when the server has started it (from libpulse's thread; for measuring).
    """

    name = "pulse"

    def __init__(
        self,
        paths: Iterable[Path],
        device_id: str = "",
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._pa, self._now = load_libpulse()  # _now: NON_BLOCKING calls, lock kept
        self._clock = clock
        self._wanted = device_id
        self._clips: dict[Path | str, Clip] = {}
        self._loop: int | None = None
        self._context: int | None = None
        self._error: str | None = None
        self._gone = False  # the chosen sink is missing and the default plays
        self._playing: list[int] = []  # sink inputs of ours that may still sound
        self._generation = 0  # chimes asked for: an answer for an older one is a stale tail
        # a phrase (its clip, key and volume) waits for the server to end its chime
        self._after: AfterChime[tuple[Clip, Path | str, int]] = AfterChime()
        self._keep: list[Any] = []  # ctypes callbacks libpulse may still call
        self._uploads: dict[int, Clip] = {}  # upload streams under way
        # asked for before its upload: clip, key, chime, volume, chime number
        self._waiting: tuple[Clip, Path | str, bool, int, int] | None = None
        self.messages: list[str] = []
        self.devices: list[tuple[str, str, bool]] = []
        self.device = ""
        self.on_started: Callable[[Path | str], None] | None = None
        self.on_lost: Callable[[], None] | None = None
        self._ready = False  # connected, and not closing it ourselves
        self._answered = threading.Event()  # the server answered the connection (or refused)
        self._guard = threading.Lock()  # the opener's thread against the callers'
        self._connected = False  # open, strays removed, uploads started
        self._opener: threading.Thread | None = None
        # a cue asked for while opening: key, chime, volume, chime number
        self._first: tuple[Path | str, bool, int, int] | None = None
        self._on_state = ContextCb(self._context_changed)
        self._on_event = SubscribeCb(self._sink_input_event)
        self._on_stream = StreamCb(self._stream_changed)
        self._connect()  # the server is there, and which sinks it has
        try:
            if not self.devices:
                raise PlayerUnavailableError(
                    PlayerWords.tr("no audio output device was found; is a sound server running?")
                )
            self._name_device()
        finally:
            self._disconnect()  # resting holds nothing: connected again by open()
        self.preload(paths)

    # -- connection -----------------------------------------------------------------

    def _connect(self, *, list_devices: bool = True) -> None:
        """Connect to the server on libpulse's own thread; wait (at most 1 s) for it to answer.

        Every wait here and below is on an event with a deadline, never on
        libpulse's own wait, which has none: a server that stops answering
        (stopped, swapped out) costs the waiting caller its deadline at most.
        """
        pa = self._pa
        loop = pa.pa_threaded_mainloop_new()
        context = pa.pa_context_new(pa.pa_threaded_mainloop_get_api(loop), b"spasm-stretch")
        self._answered = threading.Event()
        pa.pa_context_set_state_callback(context, self._on_state, None)
        self._loop, self._context = loop, context
        try:
            with self._locked():
                if pa.pa_context_connect(context, None, CONTEXT_NOAUTOSPAWN, None) < 0:
                    raise PlayerUnavailableError(self._words(self._why()))
                if pa.pa_threaded_mainloop_start(loop) < 0:
                    raise PlayerUnavailableError(self._words("no thread"))
            if not self._answered.wait(CONNECT_TIMEOUT_S):
                raise PlayerUnavailableError(self._words("no answer"))
            with self._locked():
                if pa.pa_context_get_state(context) != READY:
                    raise PlayerUnavailableError(self._words(self._why()))
                self._ready = True
                pa.pa_context_set_subscribe_callback(context, self._on_event, None)
                operation = pa.pa_context_subscribe(context, MASK_SINK_INPUT, IGNORE, None)
                if operation:
                    pa.pa_operation_unref(operation)
            if list_devices:
                self._list_devices()
        except PlayerUnavailableError:
            self._disconnect()
            raise

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """Hold libpulse's lock for a few calls (never while waiting for the server)."""
        self._pa.pa_threaded_mainloop_lock(self._loop)
        try:
            yield
        finally:
            self._pa.pa_threaded_mainloop_unlock(self._loop)

    def _words(self, reason: str) -> str:
        return PlayerWords.tr("the sound server cannot be reached ({reason})").format(reason=reason)

    def _why(self) -> str:
        code = self._pa.pa_context_errno(self._context) if self._context else 0
        return str((self._pa.pa_strerror(code) or b"").decode(errors="replace"))

    def _context_changed(self, context: int, _: int) -> None:
        """On libpulse's thread: the connection answered (or ended); note a loss."""
        state = self._pa.pa_context_get_state(context)
        if state in (READY, FAILED, TERMINATED):
            self._answered.set()
        if state in (FAILED, TERMINATED) and self._ready and self.on_lost is not None:
            self.on_lost()

    def _hold(self, callback: Any) -> None:
        """Keep a ctypes callback alive while libpulse may call it (the newest 128 at least)."""
        self._keep.append(callback)
        if len(self._keep) > 256:  # answered long ago (every request is answered or dropped)
            del self._keep[:128]

    def _list_devices(self, timeout: float = CONNECT_TIMEOUT_S) -> None:
        """The server's sinks: (name, description, is the default), if it answers in time."""
        pa, found, default = self._pa, [], [""]
        sinks_done, server_done = threading.Event(), threading.Event()

        def sink(_: int, info: Any, eol: int, __: int) -> None:
            if eol or not info:
                sinks_done.set()
                return
            item = info.contents
            found.append(
                ((item.name or b"").decode(), (item.description or b"").decode(errors="replace"))
            )

        def server(_: int, info: Any, __: int) -> None:
            if info:
                default[0] = (info.contents.default_sink_name or b"").decode()
            server_done.set()

        on_sink, on_server = SinkCb(sink), ServerCb(server)
        self._hold(on_sink)
        self._hold(on_server)
        with self._locked():
            operations = [
                pa.pa_context_get_sink_info_list(self._context, on_sink, None),
                pa.pa_context_get_server_info(self._context, on_server, None),
            ]
        deadline = time.monotonic() + timeout
        answered = sinks_done.wait(timeout) and server_done.wait(
            max(0.0, deadline - time.monotonic())
        )
        self._drop(operations)
        if answered:
            self.devices = [(key, text, key == default[0]) for key, text in found]

    def _drop(self, operations: list[int | None]) -> None:
        """Let go of requests (answered or not: an unanswered one's answer is then ignored)."""
        with self._locked():
            for operation in operations:
                if operation:
                    self._pa.pa_operation_unref(operation)

    def _disconnect(self) -> None:
        """Close the connection and end libpulse's thread (after removing our samples)."""
        pa, loop, context = self._pa, self._loop, self._context
        self._ready = self._connected = False
        if loop is None:
            return
        if context is not None:
            pa.pa_threaded_mainloop_lock(loop)
            pa.pa_context_disconnect(context)
            pa.pa_threaded_mainloop_unlock(loop)
        pa.pa_threaded_mainloop_stop(loop)
        if context is not None:
            pa.pa_context_unref(context)
        pa.pa_threaded_mainloop_free(loop)
        self._loop = self._context = None
        self._keep.clear()
        self._playing.clear()
        self._after.rest()
        for clip in self._clips.values():
            clip.uploaded = False

    def _name_device(self) -> None:
        """The device actually playing, in words: the chosen one, else the default."""
        key = self._wanted if self._wanted and not self._gone else ""
        self.device = next(
            (text for name, text, default in self.devices
             if (name == key if key else default)),
            "",
        )  # fmt: skip

    # -- the player's interface ---------------------------------------------------------

    def preload(self, paths: Iterable[Path]) -> None:
        """Read these files now; upload them at once if a session is running."""
        for path in paths:
            self._clip(path)
        if self._loop is not None:
            self._upload_all()

    def _clip(self, path: Path | str) -> Clip:
        clip = self._clips.get(path)
        if clip is None:
            clip = self._clips[path] = Clip(path)
        return clip

    def keep_speech(self, key: str, pcm: bytes, rate: int) -> None:
        """Keep a phrase (16-bit mono PCM) ready; upload it now if a session runs.

        Called on the voice's worker thread as each phrase is made, so the
        upload never costs the window's thread and is done before its first play.
        """
        if key not in self._clips:
            self._clips[key] = Clip(key, pcm, rate)
        if self._connected:
            self._upload_all()

    def choose_device(self, device_id: str) -> None:
        """Play through this sink from the next cue on ("" = the server's default)."""
        self._wanted = device_id
        self._gone = False
        self._name_device()

    def open(self) -> None:
        """A session starts: connect and upload every cue, on a thread of its own.

        Never waited for, so a server slow to answer cannot hold the window; a
        cue asked for meanwhile is played once the connection is up and its
        sample uploaded (a few milliseconds on a healthy server).
        """
        with self._guard:
            if self._connected or self._opener is not None or self._error is not None:
                return
            self._opener = threading.Thread(
                target=self._open_now, name="spasm-stretch sound", daemon=True
            )
            self._opener.start()

    def wait_open(self, timeout: float = CONNECT_TIMEOUT_S) -> bool:
        """Wait until open() has connected and started the uploads (for tests and benches)."""
        opener = self._opener
        if opener is not None:
            opener.join(timeout)
        return self._connected

    def _open_now(self) -> None:
        """The opener's thread: connect, upload (a cue that waits first), play it, then look.

        The first cue of a session is asked for as the session starts, so
        nothing that can wait comes before it: its own sample is uploaded
        first, and the device list and the strays are looked at after it
        plays (a chosen sink that is missing is found by the play itself).
        """
        try:
            self._connect(list_devices=False)
        except PlayerUnavailableError as exc:
            with self._guard:
                self._error, self._opener, self._first = str(exc), None, None
            return
        with self._guard:
            waiting = self._first
        self._upload_all(waiting[0] if waiting is not None else None)
        with self._guard:
            self._connected = True
            first, self._first = self._first, None
        if first is not None:
            with contextlib.suppress(PlayerFailedError):  # said by health()
                self._play(first[0], chime=first[1], volume=first[2], number=first[3])
        self._list_devices()
        missing = bool(self._wanted) and all(n != self._wanted for n, _, _ in self.devices)
        if missing and not self._gone:  # not already said by a play that failed
            self._gone = True
            self.messages.append(device_gone())
        self._name_device()
        self._remove_strays()
        with self._guard:
            self._opener = None

    def _upload_all(self, first: Path | str | None = None) -> None:
        """Start uploading every clip not yet on the server (speech included), ``first`` first."""
        clips = list(self._clips.values())
        if first is not None and first in self._clips:
            clips.insert(0, self._clips[first])
        with self._locked():
            under_way = [id(clip) for clip in self._uploads.values()]
            for clip in clips:
                if not clip.uploaded and id(clip) not in under_way:
                    self._upload(clip)
                    under_way.append(id(clip))

    def _upload(self, clip: Clip) -> None:
        """Start uploading ``clip`` (libpulse's lock held); its stream writes when ready."""
        pa = self._pa
        spec = SampleSpec(SAMPLE_S16LE, clip.rate, clip.channels)
        stream = pa.pa_stream_new(self._context, clip.name.encode(), ctypes.byref(spec), None)
        if not stream:
            return
        self._uploads[stream] = clip
        pa.pa_stream_set_state_callback(stream, self._on_stream, None)
        if pa.pa_stream_connect_upload(stream, len(clip.data)) < 0:
            del self._uploads[stream]
            pa.pa_stream_unref(stream)

    def _stream_changed(self, stream: int, _: int) -> None:
        """On libpulse's thread: write a ready upload whole; on its end, the sample is there."""
        pa = self._pa
        clip = self._uploads.get(stream)
        if clip is None:
            return
        state = pa.pa_stream_get_state(stream)
        if state == STREAM_READY:
            pa.pa_stream_write(stream, clip.data, len(clip.data), None, 0, 0)
            pa.pa_stream_finish_upload(stream)
        elif state in (STREAM_FAILED, STREAM_TERMINATED):
            del self._uploads[stream]
            clip.uploaded = state == STREAM_TERMINATED
            pa.pa_stream_unref(stream)
            waiting, self._waiting = self._waiting, None
            if waiting is not None and waiting[0] is clip:
                self._start(clip, *waiting[1:])

    def play(self, path: Path) -> None:
        """Start ``path`` now, ending whatever of ours still plays (the cue for now wins)."""
        self._play(path, chime=True, volume=VOLUME_NORM, number=self._after.chime())

    def play_after(self, key: str, volume: float = 1.0) -> None:
        """Play the phrase kept as ``key`` once the chime now sounding has ended; at once if none.

        The end is the server's word (its sink input removed), not a guess
        from the app's clock; a newer chime drops the phrase (the cue for
        now wins). ``volume`` (0 to 1) is applied by the server.
        """
        if self._error is not None:
            raise PlayerFailedError(self._error)
        clip = self._clips.get(key)
        if clip is None:
            return  # never made (kept before it is said): nothing to say
        level = int(self._now.pa_sw_volume_from_linear(max(0.0, min(1.0, volume))))
        if self._after.after((clip, key, level)):
            self._play(key, chime=False, volume=level, number=0)

    def _sink_input_event(self, _: int, kind: int, index: int, __: int) -> None:
        """On libpulse's thread: a sink input ended; if it was our chime, its phrase starts."""
        if kind & EVENT_FACILITY_MASK != EVENT_SINK_INPUT or kind & EVENT_TYPE_MASK != EVENT_REMOVE:
            return
        with contextlib.suppress(ValueError):
            self._playing.remove(index)
        due = self._after.removed(index)
        if due is not None and self._ready:
            self._start_clip(*due)

    def _start_clip(self, clip: Clip, key: Path | str, volume: int) -> None:
        """A phrase now due (libpulse's lock held): started, or started once uploaded."""
        if clip.uploaded:
            self._start(clip, key, False, volume, 0)
            return
        if not any(clip is c for c in self._uploads.values()):
            self._upload(clip)  # kept while the connection was being made
        self._waiting = (clip, key, False, volume, 0)

    def _play(self, path: Path | str, *, chime: bool, volume: int, number: int) -> None:
        if self._error is not None:
            raise PlayerFailedError(self._error)
        clip = self._clip(path)
        with self._guard:
            waits = not self._connected
            if waits and (chime or self._first is None):
                self._first = (path, chime, volume, number)
        if waits:
            self.open()
            return
        pa, loop = self._pa, self._loop
        pa.pa_threaded_mainloop_lock(loop)
        try:
            if chime:
                self._generation += 1
                self._silence_ours()
            if clip.uploaded:
                self._start(clip, path, chime, volume, number)
            else:
                if not any(clip is c for c in self._uploads.values()):
                    self._upload(clip)
                self._waiting = (clip, path, chime, volume, number)
        finally:
            self._now.pa_threaded_mainloop_unlock(loop)

    def _silence_ours(self, indices: list[int] | None = None) -> None:
        """End every sink input of ours still sounding (libpulse's lock held): no stale tail."""
        for index in self._playing if indices is None else indices:
            operation = self._now.pa_context_kill_sink_input(self._context, index, IGNORE, None)
            if operation:
                self._now.pa_operation_unref(operation)
        if indices is None:
            self._playing.clear()

    def _start(self, clip: Clip, path: Path | str, chime: bool, volume: int, number: int) -> None:
        """Ask the server to play ``clip`` on the sink in use (libpulse's lock held).

        ``number`` is a chime's (AfterChime.chime); the phrase waiting for it
        starts when the server says its sink input has ended.
        """
        pa, now = self._pa, self._now
        sink = self._wanted.encode() if self._wanted and not self._gone else None
        properties = now.pa_proplist_new()
        now.pa_proplist_sets(properties, b"media.role", b"event")
        name = path.stem if isinstance(path, Path) else path
        now.pa_proplist_sets(properties, b"media.name", name.encode())

        generation = self._generation

        def started(_: int, index: int, __: int) -> None:
            if index != NO_INDEX and generation != self._generation:
                # a newer chime was asked for before this answer came (a busy
                # process answers late): this one is its stale tail, ended now
                self._silence_ours([index])
            elif index != NO_INDEX:
                self._playing.append(index)
                if chime:
                    self._after.started(number, index)
                if self.on_started is not None:
                    self.on_started(path)
            elif sink is not None and pa.pa_context_get_state(self._context) == READY:
                # the chosen sink has gone: the default plays, said once
                self._gone = True
                self._name_device()
                self.messages.append(device_gone())
                if generation == self._generation:  # still the cue for now
                    self._start(clip, path, chime, volume, number)
            elif chime and (due := self._after.failed(number)) is not None:
                self._start_clip(*due)  # the chime cannot sound: its phrase need not wait

        callback = IndexCb(started)
        self._hold(callback)
        operation = now.pa_context_play_sample_with_proplist(
            self._context, clip.name.encode(), sink, volume, properties, callback, None
        )
        now.pa_proplist_free(properties)
        if operation:
            now.pa_operation_unref(operation)

    def rest(self) -> None:
        """The session ended: remove our samples and close the connection (nothing held)."""
        opener = self._opener
        if opener is not None:
            opener.join(CONNECT_TIMEOUT_S + 0.5)
        if self._loop is None:
            return
        with self._locked():
            ready = self._pa.pa_context_get_state(self._context) == READY
        if ready:
            names = [clip.name for clip in self._clips.values() if clip.uploaded]
            # a server slow to answer keeps them: a later copy removes them as strays
            self._remove(names, WINDOW_WAIT_S)
        self._disconnect()

    def _remove(self, names: list[str], timeout: float = CONNECT_TIMEOUT_S) -> None:
        """Remove these samples from the server; wait for its answer until ``timeout``."""
        pa, left, done = self._pa, [len(names)], threading.Event()

        def removed(_: int, __: int, ___: int) -> None:
            left[0] -= 1
            if left[0] <= 0:
                done.set()

        callback = SuccessCb(removed)
        self._hold(callback)
        with self._locked():
            operations = [
                pa.pa_context_remove_sample(self._context, name.encode(), callback, None)
                for name in names
            ]
        if names and all(operations):
            done.wait(timeout)
        self._drop(operations)

    def _remove_strays(self) -> None:
        """Remove samples a copy of this app left when it was killed.

        Our samples carry the process id; one whose process has ended is a stray.
        """
        pa, found, done = self._pa, [], threading.Event()

        def sample(_: int, info: Any, eol: int, __: int) -> None:
            if eol or not info:
                done.set()
                return
            found.append((info.contents.name or b"").decode(errors="replace"))

        callback = SampleCb(sample)
        self._hold(callback)
        with self._locked():
            operation = pa.pa_context_get_sample_info_list(self._context, callback, None)
        answered = bool(operation) and done.wait(CONNECT_TIMEOUT_S)
        self._drop([operation])
        if answered:
            self._remove([name for name in found if stray(name)])

    def health(self) -> str | None:
        """Why this player no longer works (the server went away), or None while it does.

        Asked twice a second while a session runs: a chosen sink that came
        back is played through again, said once.
        """
        if self._error is None and self._connected:
            with self._locked():
                lost = self._pa.pa_context_get_state(self._context) != READY
            if lost:
                self._error = PlayerWords.tr("the sound server went away")
                self._disconnect()
            elif self._wanted:
                self._list_devices(WINDOW_WAIT_S)
                present = any(name == self._wanted for name, _, _ in self.devices)
                if present == self._gone:
                    self.messages.append(device_back() if present else device_gone())
                self._gone = not present
                self._name_device()
        return self._error

    def close(self) -> None:
        """Release the connection and anything uploaded."""
        self.rest()
