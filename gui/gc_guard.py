"""Run Python's cycle collector on the GUI thread only.

The collector runs in whichever thread happens to allocate when a threshold is crossed: a worker thread (the
simulator, ``asyncio.to_thread``) can then destroy an unreachable QObject off the GUI thread, which Qt reports
("Timers cannot be stopped from another thread") and which can crash. Automatic collection is switched off and
a timer on the GUI thread collects when the allocation counters say it is due — the pattern calibre and
pyqtgraph use.
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, QTimer

_held = 0
_held_lock = threading.Lock()


@contextmanager
def collection_held() -> Iterator[None]:
    """No collection while a bulk allocation runs that ends in ``gc.freeze()`` (the SDK preload): scanning its
    young objects would only stall the GUI thread for objects that are frozen a moment later."""
    global _held
    with _held_lock:
        _held += 1
    try:
        yield
    finally:
        with _held_lock:
            _held -= 1


class GuiThreadCollector(QObject):
    """``startup_grace_s``: no collection until :meth:`startup_done` (or that many seconds), because everything
    allocated before then is about to be frozen; a collection in the first second took 23 ms on the GUI thread."""

    def __init__(self, interval_ms: int = 500, parent: QObject | None = None, *, startup_grace_s: float = 0) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._starting_until = time.monotonic() + startup_grace_s
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(interval_ms)

    def startup_done(self) -> None:
        """Callable from any thread."""
        self._starting_until = 0.0

    def check(self) -> None:
        if _held or time.monotonic() < self._starting_until:
            return
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()
