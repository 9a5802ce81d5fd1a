"""A child process that speaks through libespeak-ng: text lines in, 16-bit mono PCM out.

Run by ``spasm_stretch.audio.speech`` as ``python -I espeak_child.py VOICE``
(by its path: standard library only, nothing of the app is imported, so it
starts in ~15 ms). Why a process of its own rather than ctypes in the app:
the library runs user-written text (routine names), and a crash or a hang in
it must cost the voice one phrase, never the app; a child can be killed, a
thread in the app cannot.

Protocol (binary on stdout, little-endian):

- at start: ``<ii`` sample rate (0 when the library cannot be used) and a
  status: 0 ready, 1 no library, 2 no voice for VOICE;
- then for each line read on stdin (one JSON string: the text): ``<i`` the
  number of bytes, then that many bytes of PCM (signed 16-bit, mono).

Ends when stdin closes.
"""

from __future__ import annotations

import ctypes
import json
import signal
import struct
import sys

LIBRARY = "libespeak-ng.so.1"
READY, NO_LIBRARY, NO_VOICE = 0, 1, 2
# espeak_lib.h: AUDIO_OUTPUT_SYNCHRONOUS; espeakINITIALIZE_DONT_EXIT (return an
# error instead of exiting when the data folder is missing); POS_CHARACTER;
# espeakCHARS_UTF8.
SYNCHRONOUS = 2
DONT_EXIT = 0x8000
POS_CHARACTER = 1
CHARS_UTF8 = 1
PR_SET_PDEATHSIG = 1
SynthCallback = ctypes.CFUNCTYPE(
    ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p
)


def die_with_parent() -> None:
    """Linux: end this process when the app ends, even if the library hangs in it."""
    try:
        libc = ctypes.CDLL(None)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass  # elsewhere the closed stdin ends it, once the library returns


def main(voice: str, library: str = LIBRARY) -> int:
    """Speak each text line read from stdin into stdout, in ``voice``."""
    die_with_parent()
    out = sys.stdout.buffer
    try:
        espeak = ctypes.CDLL(library)
    except OSError:
        out.write(struct.pack("<ii", 0, NO_LIBRARY))
        out.flush()
        return 0
    chunks: list[bytes] = []

    def collect(wav: ctypes._Pointer[ctypes.c_short], samples: int, _events: int) -> int:
        if wav and samples > 0:
            chunks.append(ctypes.string_at(wav, samples * 2))
        return 0  # 0: go on

    callback = SynthCallback(collect)
    rate = espeak.espeak_Initialize(SYNCHRONOUS, 0, None, DONT_EXIT)
    if rate <= 0:
        out.write(struct.pack("<ii", 0, NO_LIBRARY))
        out.flush()
        return 0
    espeak.espeak_SetSynthCallback(callback)
    if espeak.espeak_SetVoiceByName(voice.encode()) != 0:
        out.write(struct.pack("<ii", rate, NO_VOICE))
        out.flush()
        return 0
    out.write(struct.pack("<ii", rate, READY))
    out.flush()
    for line in sys.stdin.buffer:
        text = str(json.loads(line)).encode()
        chunks.clear()
        espeak.espeak_Synth(text, len(text) + 1, 0, POS_CHARACTER, 0, CHARS_UTF8, None, None)
        pcm = b"".join(chunks)
        out.write(struct.pack("<i", len(pcm)) + pcm)
        out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], *sys.argv[2:3]))
