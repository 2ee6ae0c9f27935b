"""The page contract: every page retranslates itself; a page with Azure work loads, retries, is busy and cleans up.

``WizardPage`` is the contract the wizard relies on for every page: ``retranslate`` (texts, again on a language
change), ``busy``, ``cancel_work`` (Cancel and closing the window stop whatever a page does) and ``forget_vm``
(another VM was chosen: nothing of the previous one may stay on the page).
``AsyncWizardPage`` adds the Azure part: ``load`` (what entering the page and Retry start), ``retry``,
``on_busy_changed`` and ``cleanupPage`` (Back) — methods of the base class, not names looked up at run time.
Pages get what they use through a :class:`~gui.services.PageContext`, never by reaching up to the wizard.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QProgressBar, QPushButton, QWidget, QWizardPage

if TYPE_CHECKING:  # types only: the welcome page is built before asyncio and the SDK are imported
    from core.azure.errors import ArmError
    from core.diagnosis.path import Diagnosis
    from gui.services import PageContext
    from gui.state import WizardState


class WizardPage(QWizardPage):
    """A page that sets every visible text in :meth:`retranslate`, called again whenever the language changes."""

    def __init__(self, state: WizardState) -> None:
        super().__init__()
        self.state = state

    def retranslate(self) -> None:
        raise NotImplementedError

    @property
    def busy(self) -> bool:
        """Whether the page is still working (pages without background work never are)."""
        return False

    def cancel_work(self) -> None:
        """Stop the page's work: the wizard is cancelled or closed. Pages without background work have none."""

    def forget_vm(self) -> None:
        """Another VM was chosen: drop whatever the page still shows about the previous one."""

    @property
    def applying(self) -> bool:
        """Whether the page is writing to Azure now (leaving it then asks first: see ``leave_after_stop``)."""
        return False

    def leave_after_stop(self, action: Callable[[], None]) -> None:
        """Back, Cancel, Escape or close: a page that applies changes asks and stops first; others just go."""
        action()

    def primary_action(self) -> QPushButton | None:
        """The page's own step forward, when the page is about applying something (Apply, Enable, Upgrade):
        Enter presses it while it can be pressed, and Next or Finish otherwise. Most pages have none."""
        return None

    def first_focus(self) -> QWidget | None:
        """Where the keyboard starts on this page (the wizard focuses it on entering the page): the control the
        user most likely wants first. ``None``: the wizard's step-forward button."""
        return None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class AsyncWizardPage(WizardPage):
    """A page whose Azure work runs as a cancellable :class:`~gui.tasks.PageTask`.

    Provides the thin busy bar, the inline error banner (whose Retry calls :meth:`retry`) and the task itself;
    subclasses lay them out and implement :meth:`load` and :meth:`on_busy_changed` (and extend :meth:`_failed`
    when they show more). A typed Azure error shows in the banner; a bug in the crash dialog.
    """

    def __init__(self, context: PageContext) -> None:
        super().__init__(context.state)
        from gui.tasks import PageTask
        from gui.widgets.error_banner import ErrorBanner

        self.context = context
        self._progress = QProgressBar()
        self._progress.setRange(0, 0)  # indeterminate: ARM gives no progress, only "still running"
        self._progress.setMaximumHeight(6)
        self._progress.setTextVisible(False)
        self._error = ErrorBanner()
        self._error.retryRequested.connect(self.retry)
        self.task = PageTask(self._failed, self, on_bug=self._crashed)
        self.task.busyChanged.connect(self.on_busy_changed)

    # --- the contract ------------------------------------------------------------------------------------
    def load(self) -> None:
        """Start the page's Azure work afresh (entering the page, Recheck, Retry)."""
        raise NotImplementedError

    def retry(self) -> None:
        """What Retry on the error banner does: by default, load the page again."""
        self.load()

    def on_busy_changed(self, busy: bool) -> None:
        """The task started (``busy``) or ended: show progress, enable buttons, emit ``completeChanged``."""
        raise NotImplementedError

    @property
    def busy(self) -> bool:
        return self.task.busy

    def cancel_work(self) -> None:
        self.task.cancel()

    def cleanupPage(self) -> None:
        """Back: results that arrive after the user left are never shown."""
        self.cancel_work()
        super().cleanupPage()

    def forget_vm(self) -> None:
        self.cancel_work()
        self._error.clear()  # a failure about the previous VM says nothing about this one

    # --- failures ----------------------------------------------------------------------------------------
    def _failed(self, error: ArmError) -> None:
        self._error.show_error(error)

    def _crashed(self, error: BaseException) -> None:
        self.context.crash.show(error, self)

    async def diagnose_chosen_vm(self) -> Diagnosis:
        """Diagnose the chosen VM (collection on this loop, evaluation in a worker thread); remembers the extension."""
        vm = self.state.vm
        assert vm is not None
        session = await self.context.session()
        from core.usecases.diagnose import diagnose_vm  # heavy (SDK, evaluators): loaded off the start-up path

        run = await diagnose_vm(session, vm.id)
        self.state.extension = run.diagnosis.extension
        return run.diagnosis


# Pages that change Azure build on ``gui.pages.applying.ApplyingPage`` (the change engine's run, guarded).
