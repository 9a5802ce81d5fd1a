"""The running copy's end of the hand-over: a QLocalServer on the runtime socket.

Only the process holding the instance lock (``handover.hand_over`` returned
False) listens, so any socket file already there is left by a killed copy
and is removed first.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from spasm_stretch.desktop.handover import Request, holds_lock, socket_path

_MAX_LINE = 4096


class InstanceServer(QObject):
    """Takes requests from later launches and answers ``ok`` once each is passed on.

    Signals:
        requested(Request): a later launch asked for something.
    """

    requested = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._accept)
        self.error = ""

    def listen(self) -> bool:
        """Listen on the runtime socket; False (with ``error``) when that cannot be done."""
        if not holds_lock():
            self.error = "this copy does not hold the instance lock"
            return False
        path = str(socket_path())
        QLocalServer.removeServer(path)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self._server.listen(path):
            self.error = self._server.errorString()
            return False
        return True

    def close(self) -> None:
        """Stop listening and remove the socket file."""
        self._server.close()

    def _accept(self) -> None:
        while (connection := self._server.nextPendingConnection()) is not None:
            connection.readyRead.connect(self._ready)
            connection.disconnected.connect(connection.deleteLater)
            self._read(connection)

    @Slot()
    def _ready(self) -> None:
        # The sender, not a lambda holding the socket: a lambda kept a Python
        # wrapper of a socket Qt had deleted, and crashed a later event loop.
        connection = self.sender()
        if isinstance(connection, QLocalSocket):
            self._read(connection)

    def _read(self, connection: QLocalSocket) -> None:
        if not connection.canReadLine():
            if connection.bytesAvailable() > _MAX_LINE:
                connection.abort()
            return
        request = Request.from_line(bytes(connection.readLine(_MAX_LINE).data()))
        if request is None:
            connection.write(b"error\n")
        else:
            self.requested.emit(request)
            connection.write(b"ok\n")
        connection.readyRead.disconnect(self._ready)
        connection.flush()
        connection.disconnectFromServer()
