"""Reminders as desktop notifications with Start and Snooze buttons.

The freedesktop notification service (dunst, GNOME, KDE, ...) is spoken to
over the session bus with jeepney: QtDBus from Python cannot send the
service's ``uint32`` argument, and one jeepney connection receives the
service's answers on the same socket that sent the request. The socket is
watched by a QSocketNotifier, so the window never waits for an answer (a
button pressed, a notification closed): it is read when it arrives. Only
connecting waits, once, the first time a reminder is shown or the settings
ask how they are shown: the bus's handshake, and up to two seconds for it to
accept the match rule. Without the service the tray's balloon message is
used; without a tray either, ``unanswered`` lets the app show the reminder
in a window of its own.
"""

from __future__ import annotations

import contextlib
import itertools
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSocketNotifier, Signal

from spasm_stretch.resources import assets_dir

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSystemTrayIcon

    from spasm_stretch.core.reminders import Due

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


def _open_bus() -> Any:
    """A session-bus connection, or None where there is no session bus."""
    try:
        from jeepney import MatchRule
        from jeepney.bus_messages import message_bus
        from jeepney.io.blocking import open_dbus_connection

        connection = open_dbus_connection(bus="SESSION")
        rule = MatchRule(type="signal", interface=SERVICE, path=PATH)
        connection.send_and_get_reply(message_bus.AddMatch(rule), timeout=2)
    except (OSError, KeyError, ValueError, TimeoutError, ImportError, RuntimeError):
        return None
    return connection


class Notifier(QObject):
    """Shows a reminder and says which button the person pressed.

    Signals:
        start(Due): Start, or a click on the notification.
        snooze(Due): Snooze 15 min.
        unanswered(Due): nothing could show it; the app should.
    """

    start = Signal(object)
    snooze = Signal(object)
    unanswered = Signal(object)

    def __init__(self, tray: QSystemTrayIcon | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tray = tray
        self._tray_due: Due | None = None
        self._bus: Any = None
        self._opened = False
        self._serials = itertools.count(1000)
        self._sent: dict[int, tuple[Due, str, str]] = {}
        self._shown: dict[int, Due] = {}
        self._watch: QSocketNotifier | None = None
        if tray is not None:
            self.use_tray(tray)

    def use_tray(self, tray: QSystemTrayIcon) -> None:
        """Fall back on ``tray``'s balloon messages (the tray may come after the notifier)."""
        self._tray = tray
        tray.messageClicked.connect(self._tray_clicked)

    def _connect(self) -> Any:
        """The bus, opened the first time it is needed: never a cost at start-up."""
        if not self._opened:
            self._opened = True
            self._bus = _open_bus()
            if self._bus is not None:
                self._watch = QSocketNotifier(
                    self._bus.sock.fileno(), QSocketNotifier.Type.Read, self
                )
                self._watch.activated.connect(self._read)
        return self._bus

    @property
    def kind(self) -> str:
        """How reminders are shown, in words (for the settings dialog)."""
        if self._connect() is not None:
            return self.tr("desktop notifications")
        if self._tray is not None and self._tray.supportsMessages():
            return self.tr("tray messages")
        return self.tr("a message in the window")

    def notify(self, due: Due, title: str, body: str) -> None:
        """Show ``due``; the answer comes back as a signal."""
        if self._connect() is None:
            self._fallback(due, title, body)
            return
        from jeepney import DBusAddress, new_method_call

        address = DBusAddress(PATH, bus_name=SERVICE, interface=SERVICE)
        icon = str(assets_dir() / "icons" / "spasm-stretch.svg")
        hints = {"desktop-entry": ("s", "spasm-stretch"), "urgency": ("y", 1)}
        message = new_method_call(
            address, "Notify", "susssasa{sv}i",
            ("spasm-stretch", 0, icon, title, body, self._actions(), hints, 0),
        )  # fmt: skip
        serial = next(self._serials)
        try:
            self._bus.send(message, serial=serial)
        except OSError:
            self.close()
            self._fallback(due, title, body)
            return
        self._sent[serial] = (due, title, body)

    def _actions(self) -> list[str]:
        """The buttons: key and label pairs, flattened as the service wants them."""
        start, snooze = self.tr("Start"), self.tr("Snooze 15 min")
        return ["default", start, "start", start, "snooze", snooze]

    def _fallback(self, due: Due, title: str, body: str) -> None:
        if self._tray is not None and self._tray.isVisible() and self._tray.supportsMessages():
            self._tray_due = due
            self._tray.showMessage(
                title,
                self.tr("{reminder}\nClick here to start.").format(reminder=body),
                self._tray.icon(),
                0,
            )
        else:
            self.unanswered.emit(due)

    def _tray_clicked(self) -> None:
        if self._tray_due is not None:
            due, self._tray_due = self._tray_due, None
            self.start.emit(due)

    def _read(self) -> None:
        from jeepney import HeaderFields, MessageType

        while self._bus is not None:
            try:
                message = self._bus.receive(timeout=0)
            except TimeoutError:
                return
            except OSError:
                self.close()
                return
            fields = message.header.fields
            replied = self._sent.pop(fields.get(HeaderFields.reply_serial, -1), None)
            if replied is not None:
                if message.header.message_type is MessageType.error:
                    self._fallback(*replied)
                else:
                    self._shown[message.body[0]] = replied[0]
            elif message.header.message_type is MessageType.signal:
                self._signal(fields.get(HeaderFields.member), message.body)

    def _signal(self, member: str | None, body: tuple[Any, ...]) -> None:
        if member == "ActionInvoked" and body[0] in self._shown:
            due = self._shown.pop(body[0])
            (self.snooze if body[1] == "snooze" else self.start).emit(due)
        elif member == "NotificationClosed":
            self._shown.pop(body[0], None)

    def close(self) -> None:
        """Withdraw the reminders still on screen and stop listening (quitting, or no bus).

        A notification left after the app quit would offer a Start nobody answers.
        """
        if self._watch is not None:
            self._watch.setEnabled(False)
        if self._bus is not None:
            from jeepney import DBusAddress, new_method_call

            address = DBusAddress(PATH, bus_name=SERVICE, interface=SERVICE)
            with contextlib.suppress(OSError):
                for shown in list(self._shown):
                    message = new_method_call(address, "CloseNotification", "u", (shown,))
                    self._bus.send(message, serial=next(self._serials))
            with contextlib.suppress(OSError):
                self._bus.close()
        self._shown.clear()
        self._bus = None
