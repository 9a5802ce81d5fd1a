"""The QtMultimedia cue player, run as a child process (``python -m spasm_stretch.audio.qt_host``).

Why a child process: when the sound server dies while a QSoundEffect's
stream is open, Qt's PulseAudio code can spin the event loop at 100 % CPU
printing "QSocketNotifier: Invalid socket" without end, and it never
reconnects to a restarted server. In a child, that cannot freeze the
window: the child exits at the first such message, the app falls back to
the next player, and a fresh child connects once the server is back.

Protocol, one line each way (paths and device ids are the rest of the line):

    parent -> child: load PATH | play PATH | device ID ("" = system default) | quit
    child -> parent: ready DEVICE | unavailable REASON | started PATH | failed PATH | lost
                     devices JSON ([[id, description, is_default], ...]) | tick
                     notice gone (the chosen device) | notice default DEVICE (a new default)
    The parent puts "unavailable no-device" and the notices into words, in the
    interface's language (this process has no translations).
"""

from __future__ import annotations

import json
import os
import sys
import threading
from typing import Any

TICK_MS = 500
LOST_SERVER_MESSAGES = ("QSocketNotifier: Invalid socket", "Socket notifiers cannot be enabled")
EXIT_LOST = 3
EFFECTS_PER_FILE = 2


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


class Host:
    """Preloaded QSoundEffects on the chosen (or default) output device."""

    def __init__(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

        self._devices = QMediaDevices()
        self._list = QMediaDevices.audioOutputs
        self._default = QMediaDevices.defaultAudioOutput
        self._make = QSoundEffect
        self._url = QUrl.fromLocalFile
        self._effects: dict[str, list[Any]] = {}
        self._device_id = ""
        self._device: Any = self._default()
        self._devices.audioOutputsChanged.connect(self._outputs_changed)

    def start(self) -> bool:
        """Say ready (with the device) or unavailable (with a reason); True when ready."""
        if not self._list():
            _say("unavailable no-device")
            return False
        self._report_devices()
        _say(f"ready {self._device.description()}")
        return True

    def handle(self, line: str) -> None:
        """Act on one command line from the parent."""
        command, _, rest = line.partition(" ")
        if command == "load":
            self._pair(rest)
        elif command == "play":
            self._play(rest)
        elif command == "device":
            self._device_id = rest
            self._choose_device()
        elif command == "quit":
            from PySide6.QtCore import QCoreApplication

            QCoreApplication.quit()

    def _play(self, path: str) -> None:
        """Play through an idle one of the file's two effects, so a quick repeat also starts.

        QSoundEffect stays "playing" a while after a short sound ends; a
        repeat on the same effect would start without a playingChanged to
        confirm it, so that rare case is confirmed at once.
        """
        pair = self._pair(path)
        idle = next((effect for effect in pair if not effect.isPlaying()), None)
        if idle is None:
            pair[0].stop()
            pair[0].play()
            _say(f"started {path}")
            return
        idle.play()

    def _pair(self, path: str) -> list[Any]:
        pair = self._effects.get(path)
        if pair is None:
            pair = [self._effect(path) for _ in range(EFFECTS_PER_FILE)]
            self._effects[path] = pair
        return pair

    def _effect(self, path: str) -> Any:
        effect = self._make()
        effect.setAudioDevice(self._device)
        effect.setSource(self._url(path))
        effect.playingChanged.connect(lambda: self._playing(path, effect))
        effect.statusChanged.connect(lambda: self._status(path, effect))
        return effect

    def _playing(self, path: str, effect: Any) -> None:
        if effect.isPlaying():
            _say(f"started {path}")

    def _status(self, path: str, effect: Any) -> None:
        if effect.status() == self._make.Status.Error:
            _say(f"failed {path}")

    def _choose_device(self) -> None:
        wanted = next((d for d in self._list() if bytes(d.id().data()).decode() == self._device_id),
                      None)  # fmt: skip
        if self._device_id and wanted is None:
            _say("notice gone")
        device = wanted or self._default()
        if device != self._device:
            if wanted is None and not self._device_id:
                _say(f"notice default {device.description()}")
            self._device = device
            for path, pair in list(self._effects.items()):
                for effect in pair:
                    effect.stop()
                    effect.deleteLater()
                del self._effects[path]
                self._pair(path)

    def _outputs_changed(self) -> None:
        self._report_devices()
        self._choose_device()

    def _report_devices(self) -> None:
        default = self._default()
        rows = [
            [bytes(d.id().data()).decode(), d.description(), d == default] for d in self._list()
        ]
        _say(f"devices {json.dumps(rows)}")


def _exit_on_lost_server(kind: Any, context: Any, message: str) -> None:
    """Qt message handler: a dead server's socket means this process is done."""
    if message.startswith(LOST_SERVER_MESSAGES):
        _say("lost")
        os._exit(EXIT_LOST)


def main() -> int:
    """Serve commands from stdin until told to quit or stdin closes."""
    from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, qInstallMessageHandler

    from spasm_stretch.audio.players import quiet_multimedia_logs

    class Lines(QObject):
        line = Signal(str)

    app = QCoreApplication([])
    qInstallMessageHandler(_exit_on_lost_server)
    quiet_multimedia_logs()
    try:
        host = Host()
    except ImportError as exc:
        _say(f"unavailable QtMultimedia cannot be loaded ({exc})")
        return 1
    if not host.start():
        return 1
    lines = Lines()
    lines.line.connect(host.handle)

    def read() -> None:
        for line in sys.stdin:
            lines.line.emit(line.rstrip("\n"))
        lines.line.emit("quit")

    threading.Thread(target=read, daemon=True).start()
    tick = QTimer()
    tick.timeout.connect(lambda: _say("tick"))
    tick.start(TICK_MS)
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main())
