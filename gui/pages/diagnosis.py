"""Network diagnosis: the outbound path to Azure Attestation as layers (Virtual Network Manager admin rules → NIC
NSG → subnet NSG → route → firewall → outbound connectivity), decided by Azure's effective views where readable.

The collection and evaluation are ``core.usecases.diagnose.diagnose_vm`` (evaluation runs in a worker thread);
this page only starts it as a cancellable PageTask and shows the result.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.diagnosis.model import Verdict
from gui.pages.base import AsyncWizardPage
from gui.probe_dialog import InsideVmButton
from gui.services import PageContext
from gui.widgets.diagnosis_panel import DiagnosisPanel

if TYPE_CHECKING:
    from core.azure.errors import ArmError


class DiagnosisPage(AsyncWizardPage):
    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.panel = DiagnosisPanel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.recheck = QPushButton()
        self.recheck.clicked.connect(self.load)
        self.inside_vm = InsideVmButton(self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.inside_vm)
        bottom.addWidget(self.recheck)
        layout = QVBoxLayout(self)
        layout.addWidget(self._error)
        layout.addWidget(self._progress)
        layout.addWidget(self.panel, 1)
        layout.addLayout(bottom)
        self.on_busy_changed(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Network diagnosis"))
        self.setSubTitle(
            self.tr("Each step of the VM's outbound path to Azure Attestation, with the rule that decides it.")
        )
        self.recheck.setText(self.tr("&Recheck"))
        self._progress.setAccessibleName(self.tr("Diagnosing the network path"))
        self._update_status()

    def first_focus(self) -> QWidget | None:
        return self.panel.layers  # arrow through the layers; Enter still goes on

    def initializePage(self) -> None:
        if self.state.diagnosis is None:
            self.load()
        else:  # the Enable page already diagnosed (after a failed install or for its plan)
            self.panel.set_diagnosis(self.state.diagnosis)
            self._update_status()

    def forget_vm(self) -> None:
        super().forget_vm()
        self.panel.set_diagnosis(None)
        self._update_status()

    def load(self) -> None:
        self._error.clear()
        self.state.diagnosis = None
        self.panel.set_diagnosis(None)
        self.completeChanged.emit()
        self.task.start(self._run())

    async def _run(self) -> None:
        self.state.diagnosis = await self.diagnose_chosen_vm()
        self.panel.set_diagnosis(self.state.diagnosis)
        self._update_status()

    def _failed(self, error: ArmError) -> None:
        super()._failed(error)
        self._update_status()

    def on_busy_changed(self, busy: bool) -> None:
        self._progress.setVisible(busy)
        self.recheck.setEnabled(not busy)
        self.inside_vm.refresh()
        self._update_status()
        self.completeChanged.emit()

    def _update_status(self) -> None:
        self.inside_vm.refresh()
        if self.task.busy:
            text = self.tr("Reading NSGs, routes, firewalls and Azure's effective rules and routes on the path…")
        elif self.state.diagnosis is None:
            text = ""
        elif self.state.diagnosis.verdict is Verdict.UNKNOWN:
            text = self.tr("The path could not be decided; the findings say what to check.")
        elif self.state.path_blocked():
            count = len(self.state.diagnosis.blockers)
            text = self.tr("%n blocker(s) found. Select Next to see how to fix them.", "", count)
        else:
            text = self.tr("No blocker found on the network path. Select Next to check the extension again.")
        self.status.setText(text)

    def isComplete(self) -> bool:
        return self.state.diagnosis is not None and not self.task.busy
