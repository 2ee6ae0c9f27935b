"""Common behaviour of wizard pages: retranslation on language change and access to the shared state."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QProgressBar, QWizardPage

if TYPE_CHECKING:
    from gui.state import WizardState
    from gui.wizard import MainWizard


class WizardPage(QWizardPage):
    """A page that sets every visible text in :meth:`retranslate`, called again whenever the language changes."""

    def __init__(self, state: WizardState) -> None:
        super().__init__()
        self.state = state

    def main_wizard(self) -> MainWizard:
        from gui.wizard import MainWizard

        wizard = self.wizard()
        assert isinstance(wizard, MainWizard)
        return wizard

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class AsyncWizardPage(WizardPage):
    """A page whose Azure work runs as a cancellable :class:`~gui.tasks.PageTask`.

    Provides the thin busy bar, the inline error banner (whose Retry calls :meth:`retry`) and the task itself;
    subclasses lay them out and implement ``_busy_changed`` (and extend ``_failed`` when they show more).
    """

    def __init__(self, state: WizardState) -> None:
        super().__init__(state)
        from gui.tasks import PageTask
        from gui.widgets.error_banner import ErrorBanner

        self._progress = QProgressBar()
        self._progress.setRange(0, 0)  # indeterminate: ARM gives no progress, only "still running"
        self._progress.setMaximumHeight(6)
        self._progress.setTextVisible(False)
        self._error = ErrorBanner()
        self._error.retryRequested.connect(self.retry)
        self.task = PageTask(self._failed, self)
        self.task.busyChanged.connect(self._busy_changed)

    def retry(self) -> None:
        """What Retry on the error banner does: by default, load the page again."""
        load = getattr(self, "_load", None)
        if callable(load):
            load()

    def _failed(self, error: BaseException) -> None:
        self._error.show_error(error)

    async def diagnose_chosen_vm(self) -> Any:
        """Diagnose the chosen VM (collection on this loop, evaluation in a worker thread); remembers the extension.

        Returns ``core.diagnosis.path.Diagnosis``.
        """
        vm = self.state.vm
        assert vm is not None
        session = await self.main_wizard().ensure_session()
        from core.usecases.diagnose import diagnose_vm  # heavy (SDK, evaluators): loaded off the start-up path

        run = await diagnose_vm(session, vm.id)
        self.state.extension = run.diagnosis.extension
        return run.diagnosis

    def _busy_changed(self, busy: bool) -> None:
        raise NotImplementedError


class ApplyingPage(AsyncWizardPage):
    """A page that previews a change to Azure and applies it (Enable, Fix): ``result`` shows what applying is
    doing while the task runs, then its outcome. Subclasses lay ``result`` out and implement ``_show``, which
    renders the whole page from its state (``_busy_text`` while busy)."""

    def __init__(self, state: WizardState) -> None:
        super().__init__(state)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self._busy_text = ""

    def _show(self) -> None:
        raise NotImplementedError

    def _progress_text(self, text: str) -> None:
        """A progress line from applying (``remediation_bridge.apply``'s ``on_progress``)."""
        if self.task.busy:  # a line that arrives after the user left or cancelled is dropped
            self._busy_text = text
            self.result.setText(text)

    def _failed(self, error: BaseException) -> None:
        super()._failed(error)
        self._show()

    def _busy_changed(self, busy: bool) -> None:
        self._progress.setVisible(busy)
        self._show()
        self.completeChanged.emit()
