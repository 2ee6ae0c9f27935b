"""Run a page's Azure work as a cancellable task on the qasync loop.

A page owns one :class:`PageTask`. Starting new work cancels the old; leaving the page (Back, Cancel, close)
cancels it too, so results that arrive after the user left are never shown. A typed Azure error goes to the
page's error callback (its inline banner, with Retry); any other exception is a bug and goes to the crash
reporter, with the traceback — never into a banner that calls it an Azure error.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Callable, Coroutine

from PySide6.QtCore import QObject, Signal

from core.azure.error_boundary import azure_error
from core.azure.errors import ArmError

log = logging.getLogger(__name__)

# A page task's coroutine may return anything: its result is not used, only its side effects on the page.
PageCoroutine = Coroutine[object, None, object]


def report_to_excepthook(error: BaseException) -> None:
    """The default for bugs: the installed excepthook (``CrashReporter.install_excepthook`` in the app)."""
    sys.excepthook(type(error), error, error.__traceback__)


class PageTask(QObject):
    busyChanged = Signal(bool)

    def __init__(
        self,
        on_error: Callable[[ArmError], None],
        parent: QObject | None = None,
        *,
        on_bug: Callable[[BaseException], None] = report_to_excepthook,
    ) -> None:
        super().__init__(parent)
        self._on_error = on_error
        self._on_bug = on_bug
        self._task: asyncio.Task[object] | None = None

    @property
    def busy(self) -> bool:
        # Busy until the completion has been handled (busyChanged emitted), not merely until the coroutine
        # returned: done callbacks run one loop iteration later, and in between a page would report itself
        # complete while its Next button was still disabled.
        return self._task is not None

    def start(self, coroutine: PageCoroutine) -> asyncio.Task[object]:
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

    def _finished(self, task: asyncio.Task[object]) -> None:
        if task is not self._task:  # superseded or cancelled: its outcome no longer matters to the page
            if not task.cancelled() and (error := task.exception()) is not None and azure_error(error) is None:
                self._on_bug(error)  # a bug stays a bug, even when the user has moved on
            return
        self._task = None
        self.busyChanged.emit(False)
        if task.cancelled():
            return
        error = task.exception()
        if error is None:
            return
        typed = azure_error(error)
        if typed is None:
            self._on_bug(error)
            return
        log.warning("page task failed: %s", typed.render(), exc_info=error)
        self._on_error(typed)
