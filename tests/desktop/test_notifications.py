"""Reminder notifications: Start, Snooze, and the way down when no service answers.

The session bus is replaced by a fake connection that records what is sent
and hands back what the notification service would say; jeepney builds the
real messages on both sides.
"""

from __future__ import annotations

import socket
from collections import deque
from collections.abc import Iterator
from datetime import UTC, datetime, time

import pytest
from jeepney import DBusAddress, HeaderFields, Message, new_error, new_method_return, new_signal
from pytestqt.qtbot import QtBot

from spasm_stretch.core.reminders import Due, Reminder
from spasm_stretch.desktop import notifications
from spasm_stretch.desktop.notifications import Notifier

DUE = Due(Reminder(time(21, 30), "calf"), datetime(2026, 6, 1, 19, 30, tzinfo=UTC))
SERVICE = DBusAddress(notifications.PATH, interface=notifications.SERVICE)


class FakeBus:
    """Stands in for the jeepney connection: a real socket (for the notifier), queued replies."""

    def __init__(self) -> None:
        self.sock, self._other = socket.socketpair()
        self.sent: list[tuple[Message, int]] = []
        self.incoming: deque[Message] = deque()

    def send(self, message: Message, serial: int) -> None:
        self.sent.append((message, serial))

    def receive(self, timeout: float) -> Message:
        if not self.incoming:
            raise TimeoutError
        return self.incoming.popleft()

    def answer(self, reply: Message) -> None:
        reply.header.fields[HeaderFields.reply_serial] = self.sent[-1][1]
        self.incoming.append(reply)

    def close(self) -> None:
        self.sock.close()
        self._other.close()


@pytest.fixture
def bus(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeBus]:
    """A fake session bus in place of the real one."""
    fake = FakeBus()
    monkeypatch.setattr(notifications, "_open_bus", lambda: fake)
    yield fake
    fake.close()


def test_notification_carries_start_and_snooze_and_snooze_is_reported(
    qtbot: QtBot, bus: FakeBus
) -> None:
    """The service gets title, body and both buttons; pressing Snooze says snooze."""
    notifier = Notifier()
    notifier.notify(DUE, "Time to stretch", "Calf stretch · done yesterday")
    ((message, _),) = bus.sent
    assert message.header.fields[HeaderFields.member] == "Notify"
    assert message.body[3:6] == (
        "Time to stretch",
        "Calf stretch · done yesterday",
        ["default", "Start", "start", "Start", "snooze", "Snooze 15 min"],
    )
    assert message.body[5][2:6] == ["start", "Start", "snooze", "Snooze 15 min"]
    bus.answer(new_method_return(message, "u", (7,)))
    bus.incoming.append(new_signal(SERVICE, "ActionInvoked", "us", (6, "snooze")))  # not ours
    bus.incoming.append(new_signal(SERVICE, "ActionInvoked", "us", (7, "snooze")))
    with qtbot.waitSignal(notifier.snooze) as snoozed, qtbot.assertNotEmitted(notifier.start):
        notifier._read()
    assert snoozed.args == [DUE]
    notifier.close()


def test_a_click_on_the_notification_starts_it_once(qtbot: QtBot, bus: FakeBus) -> None:
    """The default action (a click) starts; a second signal for it does nothing."""
    notifier = Notifier()
    notifier.notify(DUE, "Time to stretch", "Calf stretch")
    bus.answer(new_method_return(bus.sent[0][0], "u", (9,)))
    bus.incoming.append(new_signal(SERVICE, "ActionInvoked", "us", (9, "default")))
    with qtbot.waitSignal(notifier.start):
        notifier._read()
    bus.incoming.append(new_signal(SERVICE, "ActionInvoked", "us", (9, "default")))
    with qtbot.assertNotEmitted(notifier.start):
        notifier._read()
    notifier.close()


def test_no_service_and_no_tray_leaves_it_to_the_window(qtbot: QtBot, bus: FakeBus) -> None:
    """The service answers with an error: the reminder is handed back to be shown in-app."""
    notifier = Notifier()
    notifier.notify(DUE, "Time to stretch", "Calf stretch")
    bus.answer(new_error(bus.sent[0][0], "org.freedesktop.DBus.Error.ServiceUnknown"))
    with qtbot.waitSignal(notifier.unanswered) as unanswered:
        notifier._read()
    assert unanswered.args == [DUE]
    notifier.close()


def test_without_a_session_bus_the_window_is_asked(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No bus at all (a bare X session): straight to the in-app message."""
    monkeypatch.setattr(notifications, "_open_bus", lambda: None)
    notifier = Notifier()
    assert notifier.kind == "a message in the window"
    with qtbot.waitSignal(notifier.unanswered):
        notifier.notify(DUE, "Time to stretch", "Calf stretch")


def test_quitting_withdraws_the_reminders_still_on_screen(bus: FakeBus) -> None:
    """A notification left after the app quit would offer a Start that nobody answers."""
    notifier = Notifier()
    notifier.notify(DUE, "Time to stretch", "Calf stretch")
    (notify, _), *_ = bus.sent
    bus.answer(new_method_return(notify, "u", (7,)))
    notifier._read()
    notifier.close()
    withdrawn = [
        m for m, _ in bus.sent if m.header.fields[HeaderFields.member] == "CloseNotification"
    ]
    assert [m.body for m in withdrawn] == [(7,)]
