"""Ctrl-C and SIGTERM while the Qt loop runs: close the wizard the way Cancel does, never the crash dialog.

Python runs a signal handler only when the interpreter gets control, which it may not while Qt waits for
events. ``signal.set_wakeup_fd`` makes the C-level handler write a byte to a socket; a ``QSocketNotifier`` on
the other end wakes the loop, Python runs the handler, and the handler asks Qt to close the wizard through its
normal close path (so what the wizard does on close — cancel page work, ask first while applying — happens).
"""

from __future__ import annotations

import signal
import socket
from collections.abc import Callable
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class SignalCloser(QObject):
    """Keeps the wake-up sockets and the notifier alive for as long as the application runs."""

    def __init__(self, close: Callable[[], object]) -> None:
        super().__init__()
        self._close = close
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        for number in _SIGNALS:
            signal.signal(number, self._on_signal)

    def _drain(self) -> None:
        try:
            while self._reader.recv(64):
                pass
        except (BlockingIOError, OSError):
            pass

    def _on_signal(self, number: int, frame: FrameType | None) -> None:
        # Not inside the handler: Qt calls may not be safe mid-bytecode of arbitrary code.
        QTimer.singleShot(0, self._close)


def close_on_signals(close: Callable[[], object]) -> SignalCloser | None:
    """Install the handlers (main thread only); ``None`` where the platform cannot (then defaults stay)."""
    try:
        return SignalCloser(close)
    except (ValueError, OSError):  # not the main thread, or no socketpair
        return None
