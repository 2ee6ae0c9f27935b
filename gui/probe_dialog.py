"""'Inside the VM': show the read-only probe script, ask for consent, run it through Run Command, show findings.

Offered from the network diagnosis and the verify page. The script runs as SYSTEM/root, so the user sees it in
full before anything is sent; closing the dialog cancels the wait (the script itself ends on its own).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.diagnosis.model import Finding, Severity
from core.probe.consent import CONSENT_ACCEPT, CONSENT_DECLINE, CONSENT_TEXT, CONSENT_TITLE, consent_args
from core.probe.scripts import render_script, script_kind
from gui.tasks import PageTask, report_to_excepthook
from gui.widgets.error_banner import ErrorBanner

if TYPE_CHECKING:
    from core.azure.errors import ArmError
    from core.azure.session import ArmSession
    from gui.pages.base import AsyncWizardPage

SessionProvider = Callable[[], Awaitable["ArmSession"]]
SEVERITY_MARK = {Severity.ERROR: "✖", Severity.WARNING: "⚠", Severity.INFO: "ℹ"}


def _probe_text(text: str) -> str:
    return QCoreApplication.translate("Probe", text)


class ProbeDialog(QDialog):
    def __init__(
        self,
        session: SessionProvider,
        *,
        vm_id: str,
        vm_name: str,
        os_type: str,
        host: str,
        parent: QWidget | None = None,
        on_bug: Callable[[BaseException], None] = report_to_excepthook,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._vm_id, self._host = vm_id, host
        self.setWindowTitle(_probe_text(CONSENT_TITLE))
        self.setMinimumSize(720, 520)
        self.result_findings: list[Finding] = []

        consent = QLabel(_probe_text(CONSENT_TEXT).format(**consent_args(vm_name, host, os_type)))
        consent.setWordWrap(True)
        self._script_label = QLabel(self.tr("Script that will run in the VM:"))
        script = QPlainTextEdit(render_script(script_kind(os_type), host))
        script.setReadOnly(True)
        script.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        script.setAccessibleName(self.tr("Probe script"))
        self._script_label.setBuddy(script)
        self._progress = QProgressBar()
        self._progress.setRange(0, 0)
        self._progress.setAccessibleName(self.tr("Running the check in the VM"))
        self._progress.hide()
        self._status = QLabel()
        self._status.setWordWrap(True)
        self.results = QListWidget()
        self.results.setWordWrap(True)
        self.results.setAccessibleName(self.tr("Results of the check inside the VM"))
        self.results.hide()
        self._error = ErrorBanner()
        self._error.retryRequested.connect(self.run)

        self._buttons = QDialogButtonBox()
        self.run_button = QPushButton(_probe_text(CONSENT_ACCEPT))
        self.run_button.setDefault(True)
        self._close = QPushButton(_probe_text(CONSENT_DECLINE))
        self._buttons.addButton(self.run_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self._buttons.addButton(self._close, QDialogButtonBox.ButtonRole.RejectRole)
        self.run_button.clicked.connect(self.run)
        self._close.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(consent)
        layout.addWidget(self._script_label)
        layout.addWidget(script, 1)
        layout.addWidget(self._error)
        layout.addWidget(self._progress)
        layout.addWidget(self._status)
        layout.addWidget(self.results, 1)
        layout.addWidget(self._buttons)
        self.task = PageTask(self._failed, self, on_bug=on_bug)
        self.task.busyChanged.connect(self._busy_changed)

    def run(self) -> None:
        self._error.clear()
        self.results.clear()
        self._status.setText(self.tr("Running the check in the VM. Run Command can take a minute…"))
        self.task.start(self._run())

    async def _run(self) -> None:
        from core.probe.run import probe_vm  # the SDK: loaded when a probe runs, not with the page

        session = await self._session()
        result = await probe_vm(session, self._vm_id, host=self._host)
        self.result_findings = list(result.findings)
        for finding in result.findings:
            item = QListWidgetItem(f"{SEVERITY_MARK[finding.severity]}  {finding.render(QCoreApplication.translate)}")
            item.setData(Qt.ItemDataRole.UserRole, finding.code)
            item.setToolTip(finding.code)
            self.results.addItem(item)
        self.results.show()
        if result.has_problems:
            self._status.setText(self.tr("The check found problems inside the VM:"))
        else:
            self._status.setText(self.tr("The check found nothing inside the VM that blocks Azure Attestation."))
        self.run_button.setText(self.tr("Run &again"))
        self._close.setText(self.tr("&Close"))

    def _failed(self, error: ArmError) -> None:
        self._status.clear()
        self._error.show_error(error)

    def _busy_changed(self, busy: bool) -> None:
        self._progress.setVisible(busy)
        self.run_button.setEnabled(not busy)

    def reject(self) -> None:
        self.task.cancel()
        super().reject()


class InsideVmButton(QPushButton):
    """'Inside the VM…' on the diagnosis and verify pages: opens the probe for the chosen VM.

    Enabled once a diagnosis named the region's attestation host (the probe needs it) and the VM is known.
    """

    def __init__(self, page: AsyncWizardPage) -> None:
        super().__init__(page)
        self._page = page
        self.clicked.connect(self.open_dialog)
        self.dialog: ProbeDialog | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("&Inside the VM…"))
        self.setToolTip(self.tr("Check proxy, DNS, TLS and the OS firewall from inside the VM (Run Command)"))

    def refresh(self) -> None:
        state = self._page.state
        diagnosis = state.diagnosis
        self.setEnabled(state.vm is not None and diagnosis is not None and bool(diagnosis.endpoint_host))

    def open_dialog(self) -> None:
        state = self._page.state
        if state.vm is None or state.diagnosis is None or not state.diagnosis.endpoint_host:
            return
        os_type = state.diagnosis.os_type or state.vm.os_type or "Linux"
        self.dialog = ProbeDialog(
            self._page.context.session,
            vm_id=state.vm.id,
            vm_name=state.vm.name,
            os_type=os_type,
            host=state.diagnosis.endpoint_host,
            parent=self._page,
            on_bug=self._page.context.crash.report,
        )
        self.dialog.open()  # window-modal, returns at once: never a nested event loop inside a coroutine

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
