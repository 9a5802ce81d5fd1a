"""libpulse through ctypes: the calls the sample-cache player makes, and its Clip.

pulsectl (the maintained binding) can play a cached sample, but neither
uploads one nor reports the sink input it started, so these are declared
here. Only the leading fields of libpulse's info structures are declared:
they are read through pointers libpulse owns.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import hashlib
import os
import wave
from pathlib import Path
from typing import Any

from spasm_stretch.audio.players import PlayerFailedError, PlayerUnavailableError, PlayerWords

NO_INDEX = 0xFFFFFFFF
VOLUME_NORM = 0x10000
SAMPLE_S16LE = 3
CONTEXT_NOAUTOSPAWN = 1
READY, FAILED, TERMINATED = 4, 5, 6  # pa_context_state
STREAM_READY, STREAM_FAILED, STREAM_TERMINATED = 2, 3, 4  # pa_stream_state
MASK_SINK_INPUT = 0x0004  # pa_subscription_mask
EVENT_SINK_INPUT, EVENT_FACILITY_MASK = 0x0002, 0x000F  # pa_subscription_event_type
EVENT_REMOVE, EVENT_TYPE_MASK = 0x0020, 0x0030


class SampleSpec(ctypes.Structure):
    """pa_sample_spec: a format, a rate, a channel count."""

    _fields_ = (
        ("format", ctypes.c_int),
        ("rate", ctypes.c_uint32),
        ("channels", ctypes.c_uint8),
    )


class SinkInfo(ctypes.Structure):
    """The leading fields of pa_sink_info (read through libpulse's pointer)."""

    _fields_ = (
        ("name", ctypes.c_char_p),
        ("index", ctypes.c_uint32),
        ("description", ctypes.c_char_p),
    )


class SampleInfo(ctypes.Structure):
    """The leading fields of pa_sample_info."""

    _fields_ = (("index", ctypes.c_uint32), ("name", ctypes.c_char_p))


class ServerInfo(ctypes.Structure):
    """The leading fields of pa_server_info."""

    _fields_ = (
        ("user_name", ctypes.c_char_p),
        ("host_name", ctypes.c_char_p),
        ("server_version", ctypes.c_char_p),
        ("server_name", ctypes.c_char_p),
        ("sample_spec", SampleSpec),
        ("default_sink_name", ctypes.c_char_p),
    )


ContextCb = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p)
StreamCb = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p)
IndexCb = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_uint32, ctypes.c_void_p)
SuccessCb = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p)
SinkCb = ctypes.CFUNCTYPE(
    None, ctypes.c_void_p, ctypes.POINTER(SinkInfo), ctypes.c_int, ctypes.c_void_p
)
SampleCb = ctypes.CFUNCTYPE(
    None, ctypes.c_void_p, ctypes.POINTER(SampleInfo), ctypes.c_int, ctypes.c_void_p
)
SubscribeCb = ctypes.CFUNCTYPE(
    None, ctypes.c_void_p, ctypes.c_int, ctypes.c_uint32, ctypes.c_void_p
)
ServerCb = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.POINTER(ServerInfo), ctypes.c_void_p)

_SIGNATURES: dict[str, tuple[Any, list[Any]]] = {
    "pa_threaded_mainloop_new": (ctypes.c_void_p, []),
    "pa_threaded_mainloop_get_api": (ctypes.c_void_p, [ctypes.c_void_p]),
    "pa_threaded_mainloop_start": (ctypes.c_int, [ctypes.c_void_p]),
    "pa_threaded_mainloop_stop": (None, [ctypes.c_void_p]),
    "pa_threaded_mainloop_free": (None, [ctypes.c_void_p]),
    "pa_threaded_mainloop_lock": (None, [ctypes.c_void_p]),
    "pa_threaded_mainloop_unlock": (None, [ctypes.c_void_p]),
    "pa_context_new": (ctypes.c_void_p, [ctypes.c_void_p, ctypes.c_char_p]),
    "pa_context_set_state_callback": (None, [ctypes.c_void_p, ContextCb, ctypes.c_void_p]),
    "pa_context_connect": (
        ctypes.c_int,
        [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int, ctypes.c_void_p],
    ),
    "pa_context_get_state": (ctypes.c_int, [ctypes.c_void_p]),
    "pa_context_errno": (ctypes.c_int, [ctypes.c_void_p]),
    "pa_context_disconnect": (None, [ctypes.c_void_p]),
    "pa_context_unref": (None, [ctypes.c_void_p]),
    "pa_strerror": (ctypes.c_char_p, [ctypes.c_int]),
    "pa_stream_new": (
        ctypes.c_void_p,
        [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(SampleSpec), ctypes.c_void_p],
    ),
    "pa_stream_set_state_callback": (None, [ctypes.c_void_p, StreamCb, ctypes.c_void_p]),
    "pa_stream_connect_upload": (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t]),
    "pa_stream_get_state": (ctypes.c_int, [ctypes.c_void_p]),
    "pa_stream_write": (
        ctypes.c_int,
        [
            ctypes.c_void_p,
            ctypes.c_void_p,
            ctypes.c_size_t,
            ctypes.c_void_p,
            ctypes.c_int64,
            ctypes.c_int,
        ],
    ),
    "pa_stream_finish_upload": (ctypes.c_int, [ctypes.c_void_p]),
    "pa_stream_disconnect": (ctypes.c_int, [ctypes.c_void_p]),
    "pa_stream_unref": (None, [ctypes.c_void_p]),
    "pa_proplist_new": (ctypes.c_void_p, []),
    "pa_proplist_sets": (ctypes.c_int, [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p]),
    "pa_proplist_free": (None, [ctypes.c_void_p]),
    "pa_context_play_sample_with_proplist": (
        ctypes.c_void_p,
        [
            ctypes.c_void_p,
            ctypes.c_char_p,
            ctypes.c_char_p,
            ctypes.c_uint32,
            ctypes.c_void_p,
            IndexCb,
            ctypes.c_void_p,
        ],
    ),
    "pa_context_kill_sink_input": (
        ctypes.c_void_p,
        [ctypes.c_void_p, ctypes.c_uint32, SuccessCb, ctypes.c_void_p],
    ),
    "pa_context_remove_sample": (
        ctypes.c_void_p,
        [ctypes.c_void_p, ctypes.c_char_p, SuccessCb, ctypes.c_void_p],
    ),
    "pa_context_get_sink_info_list": (ctypes.c_void_p, [ctypes.c_void_p, SinkCb, ctypes.c_void_p]),
    "pa_context_get_server_info": (ctypes.c_void_p, [ctypes.c_void_p, ServerCb, ctypes.c_void_p]),
    "pa_context_get_sample_info_list": (
        ctypes.c_void_p,
        [ctypes.c_void_p, SampleCb, ctypes.c_void_p],
    ),
    "pa_context_set_subscribe_callback": (
        None,
        [ctypes.c_void_p, SubscribeCb, ctypes.c_void_p],
    ),
    "pa_context_subscribe": (
        ctypes.c_void_p,
        [ctypes.c_void_p, ctypes.c_int, SuccessCb, ctypes.c_void_p],
    ),
    "pa_sw_volume_from_linear": (ctypes.c_uint32, [ctypes.c_double]),
    "pa_operation_unref": (None, [ctypes.c_void_p]),
}


# Calls that never wait (they queue a request for libpulse's thread, or touch
# memory only): made without letting go of Python's lock, so a cue asked for
# while another thread holds that lock for long is not kept waiting to get it
# back after each of them. Anything that can wait (the lock) lets go of it.
NON_BLOCKING = frozenset(
    {
        "pa_proplist_new",
        "pa_proplist_sets",
        "pa_proplist_free",
        "pa_context_play_sample_with_proplist",
        "pa_context_kill_sink_input",
        "pa_operation_unref",
        "pa_threaded_mainloop_unlock",
        "pa_sw_volume_from_linear",
    }
)


def load_libpulse() -> tuple[Any, Any]:
    """The library twice: every call (Python's lock let go), and NON_BLOCKING's (kept).

    Raises:
        PlayerUnavailableError: libpulse is not installed; the message says so.
    """
    name = ctypes.util.find_library("pulse") or "libpulse.so.0"
    try:
        lib, keeping = ctypes.CDLL(name), ctypes.PyDLL(name)
        for function, (restype, argtypes) in _SIGNATURES.items():
            for handle in (lib, keeping) if function in NON_BLOCKING else (lib,):
                entry = getattr(handle, function)
                entry.restype, entry.argtypes = restype, argtypes
    except (OSError, AttributeError) as exc:
        raise PlayerUnavailableError(
            PlayerWords.tr("the PulseAudio client library cannot be loaded ({reason})").format(
                reason=exc
            )
        ) from None
    return lib, keeping


class Clip:
    """A cue's or a phrase's PCM as the server keeps it: its sample name, format and length.

    A cue is read from its WAV file; a phrase (``pcm`` given) comes from memory,
    16-bit mono as the voice makes it, and is named by ``key``.
    """

    def __init__(self, key: Path | str, pcm: bytes | None = None, rate: int = 0) -> None:
        if pcm is not None:
            self.rate, self.channels, self.data = rate, 1, pcm
        else:
            self._read(Path(key))
        self.seconds = len(self.data) / (2 * self.channels * self.rate) if self.rate else 0.0
        digest = hashlib.sha1(str(key).encode(), usedforsecurity=False).hexdigest()[:12]
        self.name = f"spasm-stretch-{os.getpid()}-{digest}"
        self.uploaded = False

    def _read(self, path: Path) -> None:
        try:
            with wave.open(str(path), "rb") as reader:
                if reader.getsampwidth() != 2:  # the output hands 16-bit copies only
                    raise wave.Error(f"{8 * reader.getsampwidth()}-bit samples")
                self.rate = reader.getframerate()
                self.channels = reader.getnchannels()
                self.data = reader.readframes(reader.getnframes())
        except (OSError, EOFError, wave.Error) as exc:
            raise PlayerFailedError(
                PlayerWords.tr("could not read {file} ({reason})").format(
                    file=path.name, reason=exc
                )
            ) from None


def device_gone() -> str:
    """The message for a chosen sink that has gone (the default plays)."""
    return PlayerWords.tr("Sound: the chosen output device is gone; using the system default.")


def device_back() -> str:
    """The message for a chosen sink that is back (played through again)."""
    return PlayerWords.tr("Sound: the chosen output device is back; playing through it.")


def stray(name: str) -> bool:
    """A sample named by a copy of this app whose process has ended."""
    prefix, _, rest = name.partition("spasm-stretch-")
    pid = rest.split("-", 1)[0]
    if prefix or not pid.isdigit() or int(pid) == os.getpid():
        return False
    return not Path(f"/proc/{pid}").exists()


def _ignored(_: int, __: int, ___: int) -> None:
    """A request whose answer does not matter (a cue that had already ended)."""


IGNORE = SuccessCb(_ignored)
