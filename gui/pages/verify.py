"""Verify: Recheck the extension and the path after a fix, like Network Watcher's "Recheck"."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.diagnosis.model import Verdict
from core.display_names import ValueKind
from core.wizard_flow import PageId
from gui.api_values import shown
from gui.pages.base import AsyncWizardPage
from gui.probe_dialog import InsideVmButton
from gui.services import PageContext
from gui.widgets.azure_status import AzureStatusBox
from gui.widgets.diagnosis_panel import DiagnosisPanel
from gui.widgets.status import SYMBOLS, Status


class VerifyPage(AsyncWizardPage):
    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.extension_line = QLabel()
        self.extension_line.setWordWrap(True)
        font = self.extension_line.font()
        font.setBold(True)
        self.extension_line.setFont(font)
        self.panel = DiagnosisPanel()
        self.recheck = QPushButton()
        self.recheck.clicked.connect(self.load)
        # A fixed path does not heal an extension that already failed: it has to be deployed again.
        self.redeploy = QPushButton()
        self.redeploy.clicked.connect(lambda: self.context.navigator.return_to(PageId.ENABLE))
        self.redeploy.hide()
        self.inside_vm = InsideVmButton(self)
        top = QHBoxLayout()
        top.addWidget(self.extension_line, 1)
        top.addWidget(self.inside_vm)
        top.addWidget(self.redeploy)
        top.addWidget(self.recheck)
        layout = QVBoxLayout(self)
        layout.addWidget(self._error)
        layout.addWidget(self._progress)
        layout.addLayout(top)
        layout.addWidget(self.panel, 1)
        layout.addWidget(AzureStatusBox(self))
        self.on_busy_changed(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Verify"))
        self.setSubTitle(self.tr("Check the extension and the network path again, now that the changes are made."))
        self.recheck.setText(self.tr("&Recheck"))
        self.redeploy.setText(self.tr("Re&deploy extension…"))
        self.redeploy.setToolTip(self.tr("Back to the Enable page, which shows the deployment before it runs"))
        self._progress.setAccessibleName(self.tr("Checking again"))
        self._show()

    def first_focus(self) -> QWidget | None:
        return self.panel.layers

    def initializePage(self) -> None:
        self.load()

    def cleanupPage(self) -> None:
        self.task.cancel()

    def load(self) -> None:
        self._error.clear()
        self.state.verified = None
        self._show()
        self.completeChanged.emit()
        self.task.start(self._run())

    async def _run(self) -> None:
        self.state.verified = await self.diagnose_chosen_vm()
        self._show()

    def _show(self) -> None:
        self.inside_vm.refresh()
        diagnosis = self.state.verified
        self.panel.set_diagnosis(diagnosis)
        self.redeploy.setVisible(False)
        if diagnosis is None:
            self.extension_line.setText(self.tr("Checking…") if self.task.busy else "")
            return
        extension = diagnosis.extension
        path_open = diagnosis.verdict is Verdict.ALLOWED
        if extension.healthy and path_open:
            text = SYMBOLS[Status.OK] + " " + self.tr("Boot integrity monitoring works: the extension reports success.")
        elif not extension.installed:
            text = SYMBOLS[Status.FAIL] + " " + self.tr("The Guest Attestation extension is not installed.")
        elif path_open:
            state = shown(ValueKind.PROVISIONING_STATE, extension.provisioning_state)
            text = (
                SYMBOLS[Status.WARN]
                + " "
                + self.tr(
                    "The path is open, but the extension still reports {state} from when the path was blocked. "
                    "Redeploy it (Redeploy extension), then check again."
                ).format(state=state)
            )
            self.redeploy.setVisible(self.context.navigator.has_page(PageId.ENABLE))
        else:
            text = SYMBOLS[Status.FAIL] + " " + self.tr("Azure Attestation is still not reachable from this VM.")
        self.extension_line.setText(text)
        self.extension_line.setAccessibleDescription(text)

    def on_busy_changed(self, busy: bool) -> None:
        self._progress.setVisible(busy)
        self.recheck.setEnabled(not busy)
        self.inside_vm.refresh()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.task.busy
