"""The running copy's end of the hand-over: a QLocalServer on the runtime socket.

Only the process holding the instance lock (``handover.hand_over`` returned
False) listens, so any socket file already there is left by a killed copy
and is removed first.

Nothing on the socket can jam it: a launch says its one line as soon as it
connects, so a connection that has said nothing within ``REQUEST_SECONDS``
is dropped; at most ``MAX_OPEN`` are kept open at once (the oldest, idle
longest, goes first), so idle connections cannot use up the process's file
handles; a connection from another user is dropped unanswered; and if Qt
closes the server anyway (it then removes its socket file) or someone
removes the file, a watch on that file says so at once and it listens again.

Nothing here polls: the app lives in the tray all day, so the one timer
(the sweep) runs only while a connection is open, aimed at the moment the
oldest one has been silent too long.
"""

from __future__ import annotations

import math
import os
import socket
import struct
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from spasm_stretch.desktop.handover import Request, holds_lock, socket_path

_MAX_LINE = 4096
REQUEST_SECONDS = 2.0  # a launch sends its request at once; silence this long is not one
MAX_OPEN = 64  # connections kept open at once; far more than launches ever overlap
RETRY_MS = 1000  # after the socket could not be made again, the next try


def peer_uid(connection: QLocalSocket) -> int | None:
    """The user id of the process at the other end (SO_PEERCRED), or None if unknown."""
    descriptor = int(connection.socketDescriptor())
    if descriptor < 0 or not hasattr(socket, "SO_PEERCRED"):
        return None
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM, fileno=os.dup(descriptor)) as peer:
            credentials = peer.getsockopt(
                socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i")
            )
    except OSError:
        return None
    uid: int = struct.unpack("3i", credentials)[1]
    return uid


class InstanceServer(QObject):
    """Takes requests from later launches and answers ``ok`` once each is passed on.

    Signals:
        requested(Request): a later launch asked for something.
    """

    requested = Signal(object)

    def __init__(
        self, parent: QObject | None = None, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._server = self._new_server()
        self._open: dict[QLocalSocket, float] = {}  # each open connection: when it came
        self._sweep = QTimer(self)
        self._sweep.setSingleShot(True)
        self._sweep.setTimerType(Qt.TimerType.CoarseTimer)
        self._sweep.timeout.connect(self.sweep)
        self._watch = QFileSystemWatcher(self)
        self._watch.fileChanged.connect(self._file_changed)
        self._listening = False
        self.error = ""

    def _new_server(self) -> QLocalServer:
        server = QLocalServer(self)
        server.newConnection.connect(self._accept)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        return server

    def listen(self) -> bool:
        """Listen on the runtime socket; False (with ``error``) when that cannot be done."""
        if not holds_lock():
            self.error = "this copy does not hold the instance lock"
            return False
        path = str(socket_path())
        QLocalServer.removeServer(path)
        if not self._server.listen(path):
            self.error = self._server.errorString()
            return False
        self._listening = True
        self._watch.addPath(self._server.fullServerName())
        return True

    def close(self) -> None:
        """Stop listening, drop every open connection and remove the socket file."""
        self._listening = False
        self._sweep.stop()
        if self._watch.files():
            self._watch.removePaths(self._watch.files())
        for connection in list(self._open):
            self._drop(connection)
        self._server.close()

    def open_connections(self) -> int:
        """How many connections are open now (the bound ``MAX_OPEN`` keeps)."""
        return len(self._open)

    def sweep(self) -> None:
        """Drop connections silent for ``REQUEST_SECONDS``; listen again if the server closed.

        The sweep timer's slot, aimed at the oldest open connection's limit
        (and, after a failed listen, a second later); with nothing open and
        the server listening it is not running at all.
        """
        now = self._clock()
        for connection, came in list(self._open.items()):
            if now - came < REQUEST_SECONDS:
                break  # kept in order of arrival: the rest are younger
            self._drop(connection)
        if self._listening and (
            not self._server.isListening() or not Path(self._server.fullServerName()).exists()
        ):
            self._relisten()
        self._aim()

    def _aim(self) -> None:
        """Wake when the oldest open connection has been silent too long, else not at all."""
        if self._listening and not self._server.isListening():
            self._sweep.start(RETRY_MS)  # the socket could not be made again: try once more
        elif self._open:
            came = next(iter(self._open.values()))
            wait = REQUEST_SECONDS - (self._clock() - came)
            self._sweep.start(max(0, math.ceil(wait * 1000)))
        else:
            self._sweep.stop()

    def _file_changed(self, path: str) -> None:
        """The socket file was removed (by Qt closing the server, or by someone else)."""
        if self._listening and not Path(path).exists():
            self.sweep()

    def _relisten(self) -> None:
        """Qt closed the server (no file handle left for a connection) or its file went."""
        self._server.close()
        self._server.deleteLater()
        self._server = self._new_server()
        if self._watch.files():
            self._watch.removePaths(self._watch.files())
        if not self.listen():
            self._listening = True  # keep trying (``_aim`` sets the retry)

    def _accept(self) -> None:
        server = self.sender()
        if not isinstance(server, QLocalServer):
            return
        while (connection := server.nextPendingConnection()) is not None:
            if peer_uid(connection) not in (None, os.getuid()):
                connection.abort()  # another user: never answered, never handed anything
                connection.deleteLater()
                continue
            while len(self._open) >= MAX_OPEN:
                self._drop(next(iter(self._open)))  # the one idle longest
            self._open[connection] = self._clock()
            connection.readyRead.connect(self._ready)
            connection.disconnected.connect(self._gone)
            self._read(connection)
        self._aim()

    @Slot()
    def _ready(self) -> None:
        # The sender, not a lambda holding the socket: a lambda kept a Python
        # wrapper of a socket Qt had deleted, and crashed a later event loop.
        connection = self.sender()
        if isinstance(connection, QLocalSocket) and connection in self._open:
            self._read(connection)
            self._aim()

    @Slot()
    def _gone(self) -> None:
        connection = self.sender()
        if isinstance(connection, QLocalSocket) and connection in self._open:
            self._drop(connection)
            self._aim()

    def _drop(self, connection: QLocalSocket) -> None:
        del self._open[connection]
        connection.readyRead.disconnect(self._ready)
        connection.disconnected.disconnect(self._gone)
        connection.abort()
        connection.deleteLater()

    def _read(self, connection: QLocalSocket) -> None:
        if not connection.canReadLine():
            if connection.bytesAvailable() > _MAX_LINE:
                self._drop(connection)
            return
        request = Request.from_line(bytes(connection.readLine(_MAX_LINE).data()))
        if request is None:
            connection.write(b"error\n")
        else:
            self.requested.emit(request)
            connection.write(b"ok\n")
        del self._open[connection]
        connection.readyRead.disconnect(self._ready)
        connection.disconnected.disconnect(self._gone)
        connection.disconnected.connect(connection.deleteLater)
        connection.flush()
        connection.disconnectFromServer()
