"""What Azure itself says about the chosen VM: Defender for Cloud's assessment and the Guest Attestation policy.

A page adds it with one line (``layout.addWidget(AzureStatusBox(self))``): the box loads whenever its page is
shown (its own cancellable task, so the page's work is not disturbed), re-renders when the page's own check
finishes (to explain a disagreement with this tool's verdict), and keeps the result in ``state.extra`` for the
report.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout

from core.defender.status import ServersPlan
from core.diagnosis.model import Severity
from gui.tasks import PageTask
from gui.widgets.status import SYMBOLS, Status

if TYPE_CHECKING:
    from core.azure.errors import ArmError
    from core.policy.usecase import AzureStatus
    from gui.pages.base import AsyncWizardPage

_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
_SEVERITY_SYMBOLS = {Severity.ERROR: SYMBOLS[Status.FAIL], Severity.WARNING: SYMBOLS[Status.WARN], Severity.INFO: "ℹ"}
STATE_KEY = "azure_status"  # state.extra: (vm id, AzureStatus) of the last load


def _severity_symbol(severity: Severity) -> str:
    return _SEVERITY_SYMBOLS[severity]


class AzureStatusBox(QGroupBox):
    def __init__(self, page: AsyncWizardPage) -> None:
        super().__init__(page)
        self._page = page
        self._status: AzureStatus | None = None
        self._vm_id: str | None = None
        self._error = ""
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details)
        self.task = PageTask(self._failed, self, on_bug=self._crashed)
        self.task.busyChanged.connect(lambda _busy: self._render())
        page.installEventFilter(self)
        page.completeChanged.connect(self._render)  # the page's own check changed: the comparison may too
        self.retranslate()

    # -- loading -----------------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._page and event.type() == QEvent.Type.Show:
            self.refresh()
        elif watched is self._page and event.type() == QEvent.Type.Hide:
            self.task.cancel()
        return False

    def refresh(self) -> None:
        vm = self._page.state.vm
        if vm is None:
            return
        self._vm_id, self._status, self._error = vm.id, None, ""
        self.task.start(self._load(vm.id))

    async def _load(self, vm_id: str) -> None:
        session = await self._page.context.session()
        from core.policy.usecase import read_azure_status  # loaded with the SDK, off the start-up path

        status = await read_azure_status(session, vm_id)
        self._status = status
        self._page.state.extra[STATE_KEY] = (vm_id, status)
        self._render()

    def _crashed(self, error: BaseException) -> None:
        self._page.context.crash.show(error, self._page)

    def _failed(self, error: ArmError) -> None:
        self._error = error.render(QCoreApplication.translate)
        self._render()

    # -- rendering ---------------------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Defender for Cloud and Azure Policy"))
        self.setAccessibleName(self.title())
        self._render()

    def _our_verdict(self) -> bool | None:
        from core.defender.status import our_verdict

        state = self._page.state
        diagnosis = state.verified or state.diagnosis
        if diagnosis is None and state.extension is not None and state.extension.installed:
            return state.extension.healthy  # before the path is checked: what the extension itself reports
        return our_verdict(diagnosis)

    def _render(self) -> None:
        if self._error:
            self.summary.setText(
                SYMBOLS[Status.UNKNOWN] + " " + self.tr("Could not be read: {error}").format(error=self._error)
            )
            self.details.clear()
            return
        status = self._status
        if status is None:
            self.summary.setText(self.tr("Asking Defender for Cloud and Azure Policy…") if self.task.busy else "")
            self.details.clear()
            return
        self.summary.setText(self._defender_line(status) + "\n" + self._policy_line(status))
        lines = [
            f"{_severity_symbol(e.severity)} {e.render(QCoreApplication.translate)}"
            for e in sorted(status.explanations(self._our_verdict()), key=lambda e: _RANK[e.severity])
        ]
        self.details.setText("\n".join(lines))
        self.setAccessibleDescription(self.summary.text() + "\n" + self.details.text())

    def _defender_line(self, status: AzureStatus) -> str:
        healthy = status.defender.attestation_healthy
        if healthy is None:
            verdict = SYMBOLS[Status.UNKNOWN] + " " + self.tr("not assessed")
        elif healthy:
            verdict = SYMBOLS[Status.OK] + " " + self.tr("healthy")
        else:
            verdict = SYMBOLS[Status.FAIL] + " " + self.tr("unhealthy")
        plan = status.defender.servers_plan
        servers = (
            {
                ServersPlan.STANDARD: self.tr("on"),
                ServersPlan.FREE: self.tr("off"),
            }.get(plan, self.tr("unknown"))
            if plan is not None
            else self.tr("unknown")
        )
        return self.tr("Defender for Cloud — guest attestation: {verdict}; Defender for Servers: {plan}").format(
            verdict=verdict, plan=servers
        )

    def _policy_line(self, status: AzureStatus) -> str:
        policy = status.policy
        if policy.unreadable is not None:
            return self.tr("Azure Policy — could not be read")
        if not policy.assigned:
            return self.tr("Azure Policy — Guest Attestation initiative: not assigned")
        mode = policy.enforcement.value if policy.enforcement is not None else "?"
        return self.tr("Azure Policy — Guest Attestation initiative: assigned ({count}), enforcement {mode}").format(
            count=len(policy.assignments), mode=mode
        )

    def status(self) -> Any:
        """The loaded ``AzureStatus`` (None while loading or after a failure)."""
        return self._status
