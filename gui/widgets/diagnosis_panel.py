"""A diagnosis at a glance: the verdict in one line, the path as layers, then every finding in plain words.

Shared by the Diagnosis page and the Verify page (Recheck shows the same picture after a fix).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from core.diagnosis.model import Severity, Verdict
from gui.widgets.layers_view import LayersView
from gui.widgets.status import SYMBOLS, Status, verdict_status, verdict_word

if TYPE_CHECKING:
    from core.diagnosis.path import Diagnosis

_SEVERITY = {Severity.ERROR: Status.FAIL, Severity.WARNING: Status.WARN, Severity.INFO: Status.OK}


def verdict_sentence(diagnosis: Diagnosis) -> str:
    sentences = {
        Verdict.ALLOWED: QCoreApplication.translate(
            "DiagnosisPanel", "Nothing on the Azure network path blocks Azure Attestation."
        ),
        Verdict.BLOCKED: QCoreApplication.translate(
            "DiagnosisPanel", "Azure Attestation is blocked on the way out of this VM."
        ),
        Verdict.PARTIAL: QCoreApplication.translate(
            "DiagnosisPanel", "Some Azure Attestation addresses are blocked; the extension may fail at times."
        ),
    }
    default = QCoreApplication.translate(
        "DiagnosisPanel", "Some steps could not be read, so the result is not certain; see the findings."
    )
    return sentences.get(diagnosis.verdict, default)


class DiagnosisPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        font = self.verdict.font()
        font.setBold(True)
        self.verdict.setFont(font)
        self.target = QLabel(self)
        self.target.setWordWrap(True)
        self.target.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layers = LayersView(self)
        self.findings_label = QLabel(self)
        self.findings = QListWidget(self)
        self.findings.setWordWrap(True)
        self.findings.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.findings_label.setBuddy(self.findings)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.verdict)
        layout.addWidget(self.target)
        layout.addWidget(self.layers, 3)
        layout.addWidget(self.findings_label)
        layout.addWidget(self.findings, 2)
        self._diagnosis: Diagnosis | None = None
        self.retranslate()

    def set_diagnosis(self, diagnosis: Diagnosis | None) -> None:
        self._diagnosis = diagnosis
        self._render()

    def _render(self) -> None:
        diagnosis = self._diagnosis
        self.findings.clear()
        if diagnosis is None:
            self.verdict.clear()
            self.target.clear()
            self.layers.set_layers([])
            return
        status = verdict_status(diagnosis.verdict)
        text = f"{SYMBOLS[status]} {verdict_word(diagnosis.verdict)}: {verdict_sentence(diagnosis)}"
        self.verdict.setText(text)
        self.verdict.setAccessibleDescription(text)
        host = diagnosis.endpoint_host or QCoreApplication.translate(
            "DiagnosisPanel", "the regional attestation provider"
        )
        self.target.setText(
            QCoreApplication.translate(
                "DiagnosisPanel", "Checked: TCP 443 from {ip} to {host} (service tag {tag})."
            ).format(ip=diagnosis.private_ip or "—", host=host, tag=diagnosis.destination_tag)
        )
        self.layers.set_layers(diagnosis.layers)
        for finding in diagnosis.findings:
            symbol = SYMBOLS[_SEVERITY[finding.severity]]
            item = QListWidgetItem(f"{symbol} {finding.render(QCoreApplication.translate)}")
            item.setToolTip(finding.code)
            self.findings.addItem(item)

    def retranslate(self) -> None:
        self.findings_label.setText(self.tr("&Findings:"))
        self.findings.setAccessibleName(self.tr("Findings"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
