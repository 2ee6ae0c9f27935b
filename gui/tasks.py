"""Run a page's Azure work as a cancellable task on the qasync loop.

A page owns one :class:`PageTask`. Starting new work cancels the old; leaving the page (Back, Cancel, close)
cancels it too, so results that arrive after the user left are never shown. Exceptions are handed to the
page's error callback instead of escaping into a modal dialog from inside a coroutine.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class PageTask(QObject):
    busyChanged = Signal(bool)

    def __init__(self, on_error: Callable[[BaseException], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_error = on_error
        self._task: asyncio.Task[Any] | None = None

    @property
    def busy(self) -> bool:
        # Busy until the completion has been handled (busyChanged emitted), not merely until the coroutine
        # returned: done callbacks run one loop iteration later, and in between a page would report itself
        # complete while its Next button was still disabled.
        return self._task is not None

    def start(self, coroutine: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        self.cancel()
        task = asyncio.ensure_future(coroutine)
        self._task = task
        task.add_done_callback(self._finished)
        self.busyChanged.emit(True)
        return task

    def cancel(self) -> None:
        task, self._task = self._task, None
        if task is None:
            return
        if not task.done():
            task.cancel()
        self.busyChanged.emit(False)

    def _finished(self, task: asyncio.Task[Any]) -> None:
        if task is not self._task:  # superseded or cancelled: its outcome no longer matters to the page
            if not task.cancelled():
                task.exception()  # retrieved, so asyncio does not report it as never retrieved
            return
        self._task = None
        self.busyChanged.emit(False)
        if task.cancelled():
            return
        error = task.exception()
        if error is not None:
            log.warning("page task failed", exc_info=error)
            self._on_error(error)
