"""Is the sound server there? A cheap look at PulseAudio's (or PipeWire's) socket.

QtMultimedia does not notice a server that goes away (its device list stays
as it was) and never reconnects to one that comes back, so the output asks
this once a second: connecting to a Unix socket costs microseconds, where
starting a new QtMultimedia player costs a noticeable fraction of a second.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path


def server_socket() -> Path | None:
    """Where the PulseAudio protocol socket is (PipeWire serves the same one), if known."""
    configured = os.environ.get("PULSE_SERVER", "")
    if configured:
        path = configured.removeprefix("unix:")
        return Path(path) if path.startswith("/") else None
    runtime = os.environ.get("PULSE_RUNTIME_PATH")
    if runtime:
        return Path(runtime) / "native"
    xdg = os.environ.get("XDG_RUNTIME_DIR")
    return Path(xdg) / "pulse" / "native" if xdg else None


def server_reachable() -> bool | None:
    """True when the server accepts a connection, False when it does not, None if unknown."""
    path = server_socket()
    if path is None:
        return None
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        probe.settimeout(0.2)
        try:
            probe.connect(str(path))
        except OSError:
            return False
    return True
