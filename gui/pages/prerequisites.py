"""Prerequisites: a checklist (security type, Secure Boot, vTPM, OS, power state, VM Agent) in plain words.

Secure Boot and vTPM can be turned on in place for Trusted Launch VMs; that restarts the VM, so the button
stays disabled until the user ticks the consent box. The change itself is a remediation plan (core.usecases).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from core.azure.vm_json import load_vm_json
from core.diagnosis.extension import evaluate_extension
from core.diagnosis.model import Severity
from core.diagnosis.prerequisites import (
    FIX_ENABLE_SECURE_BOOT,
    FIX_ENABLE_VTPM,
    CheckStatus,
    PrerequisiteReport,
    evaluate_prerequisites,
)
from core.security_type import SecurityType
from gui.pages.applying import (
    ApplyingPage,
    missing_permissions,
    plan_commands,
    raise_if_failed,
    raise_if_not_permitted,
    step_lines,
)
from gui.services import PageContext
from gui.widgets.azure_status import AzureStatusBox
from gui.widgets.checklist import ChecklistItem, ChecklistPanel
from gui.widgets.plan_preview import PlanPreview
from gui.widgets.status import SYMBOLS, Status

if TYPE_CHECKING:
    from core.usecases.fix import Preview

_STATUS = {CheckStatus.OK: Status.OK, CheckStatus.FAIL: Status.FAIL, CheckStatus.UNKNOWN: Status.UNKNOWN}
UEFI_FIXES = (FIX_ENABLE_SECURE_BOOT, FIX_ENABLE_VTPM)


def check_title(check_id: str) -> str:
    titles = {
        "security-type": QCoreApplication.translate("PrerequisitesPage", "Trusted Launch or Confidential VM"),
        "secure-boot": QCoreApplication.translate("PrerequisitesPage", "Secure Boot"),
        "vtpm": QCoreApplication.translate("PrerequisitesPage", "vTPM"),
        "os-type": QCoreApplication.translate("PrerequisitesPage", "Operating system"),
        "power-state": QCoreApplication.translate("PrerequisitesPage", "VM is running"),
        "vm-agent": QCoreApplication.translate("PrerequisitesPage", "Azure VM Agent"),
    }
    return titles.get(check_id, check_id)


def checklist_items(report: PrerequisiteReport) -> list[ChecklistItem]:
    items = []
    for check in report.checks:
        status = _STATUS[check.status]
        if status is Status.FAIL and check.finding.severity is Severity.WARNING:
            status = Status.WARN  # e.g. a stopped VM: fixable later, not a hard stop
        explanation = check.finding.render(QCoreApplication.translate)
        items.append(ChecklistItem(check.id, status, check_title(check.id), explanation))
    return items


class PrerequisitesPage(ApplyingPage):
    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.checks = ChecklistPanel()
        self.checklist = self.checks.checklist
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.recheck = QPushButton()
        self.recheck.clicked.connect(self.load)
        # A Standard VM: "Upgrade to Trusted Launch…" leads to the upgrade page (checks, plan, consent).
        self.upgrade_button = QPushButton()
        self.upgrade_button.clicked.connect(self._upgrade)
        self.upgrade_button.hide()

        # Secure Boot / vTPM: the exact change, the permissions it needs, explicit consent to it and the restart.
        self.fix_box = QGroupBox()
        self.fix_text = QLabel()
        self.fix_text.setWordWrap(True)
        self.fix_preview = PlanPreview()
        self.fix_preview.setMaximumHeight(260)
        self.fix_permissions = QLabel()
        self.fix_permissions.setWordWrap(True)
        self.consent = QCheckBox()
        self.fix_button = QPushButton()
        self.consent.toggled.connect(self._update_fix_button)
        self.fix_button.clicked.connect(self._apply_fix)
        fix_layout = QVBoxLayout(self.fix_box)
        fix_layout.addWidget(self.fix_text)
        fix_layout.addWidget(self.fix_preview)
        fix_layout.addWidget(self.fix_permissions)
        fix_layout.addWidget(self.consent)
        fix_row = QHBoxLayout()
        fix_row.addWidget(self.fix_button)
        fix_row.addStretch(1)
        fix_layout.addLayout(fix_row)
        self.fix_box.hide()

        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.upgrade_button)
        bottom.addWidget(self.recheck)
        layout = QVBoxLayout(self)
        layout.addWidget(self._error)
        layout.addWidget(self._progress)
        layout.addWidget(self.checks, 1)
        layout.addWidget(AzureStatusBox(self))
        layout.addWidget(self.fix_box)
        layout.addWidget(self.result)
        layout.addLayout(bottom)
        self.uefi: Preview | None = None  # the Secure Boot / vTPM change, planned when the checklist offers it
        self.setTabOrder(self.consent, self.fix_button)
        self.on_busy_changed(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Check prerequisites"))
        self.setSubTitle(
            self.tr(
                "Boot integrity monitoring needs a Trusted Launch or Confidential VM with Secure Boot and vTPM "
                "turned on, a running VM and a ready VM Agent."
            )
        )
        self.recheck.setText(self.tr("Chec&k again"))
        self.upgrade_button.setText(self.tr("&Upgrade to Trusted Launch…"))
        self._progress.setAccessibleName(self.tr("Checking prerequisites"))
        self.fix_box.setTitle(self.tr("Turn on Secure Boot and vTPM"))
        self.fix_text.setText(
            self.tr(
                "This VM is a Trusted Launch VM, so Secure Boot and vTPM can be turned on without redeploying "
                "it. Azure restarts the VM to apply the change; applications on it are unavailable for a few "
                "minutes."
            )
        )
        self.consent.setText(self.tr("I have reviewed this change and understand that the VM &restarts"))
        self.fix_button.setText(self.tr("&Turn on and restart the VM"))
        self._refresh()

    # --- loading -------------------------------------------------------------------------------------------
    def initializePage(self) -> None:
        self.state.begin_vm()
        self.consent.setChecked(False)
        if self.state.prerequisites is None:
            self.load()
        else:
            self._refresh()

    def load(self) -> None:
        self._error.clear()
        self.result.clear()
        self.uefi = None
        self.state.prerequisites = None
        self.completeChanged.emit()
        self.task.start(self._fetch())

    async def _fetch(self) -> None:
        vm = self.state.vm
        assert vm is not None
        session = await self.context.session()
        vm_json, extensions = await load_vm_json(session, vm)
        self.state.vm_json = vm_json
        self.state.prerequisites = evaluate_prerequisites(vm_json)
        self.state.extension = evaluate_extension(vm_json, extensions, cloud=session.endpoint.cloud.name.value)
        self._refresh()
        if self.uefi_fixes():
            from core.usecases.enable import preview_uefi

            # The exact change and the permissions *it* needs (Virtual Machine Contributor on the VM).
            self.uefi = await preview_uefi(session, vm.id)
            self.consent.setChecked(False)
            self._refresh()

    def _show(self) -> None:
        self._refresh()

    def on_busy_changed(self, busy: bool) -> None:
        self.recheck.setEnabled(not busy)
        super().on_busy_changed(busy)

    # --- showing -------------------------------------------------------------------------------------------
    def _refresh(self) -> None:
        report = self.state.prerequisites
        if report is None:
            self.checklist.set_items([])
            busy = self.task.busy
            self.summary.setText(self.tr("Reading the VM's configuration…") if busy else "")
            self.fix_box.hide()
            self.upgrade_button.hide()
            return
        self.checklist.set_items(checklist_items(report))
        problems = sum(1 for c in report.checks if c.status is CheckStatus.FAIL)
        if report.met:
            text = self.tr("The VM meets the requirements for boot integrity monitoring.")
            if problems:
                text += " " + self.tr("%n other item(s) need attention; see the list.", "", problems)
        else:
            text = self.tr(
                "Boot integrity monitoring cannot be enabled on this VM yet. Solve the problems marked ✖, or "
                "select Next for a summary you can hand on."
            )
        self.summary.setText(text)
        self.summary.setAccessibleDescription(text)
        self.fix_box.setVisible(bool(self.uefi_fixes()))
        plan = self.uefi.plan if self.uefi is not None else None
        self.fix_preview.set_plan(plan)
        missing = missing_permissions(self.uefi.permissions) if self.uefi is not None else []
        self.fix_permissions.setText("\n".join(f"{SYMBOLS[Status.FAIL]} {m}" for m in missing))
        self.fix_permissions.setVisible(bool(missing))
        if self.task.busy and self._busy_text:
            self.result.setText(self._busy_text)
        self._update_fix_button()
        self.upgrade_button.setVisible(report.security_type is SecurityType.STANDARD)

    def _upgrade(self) -> None:
        self.state.upgrade_requested = True
        self.context.navigator.advance()  # core.wizard_flow sends Next to the upgrade page

    def uefi_fixes(self) -> list[str]:
        report = self.state.prerequisites
        if report is None:
            return []
        return [c.finding.fix_id for c in report.checks if c.finding.fix_id in UEFI_FIXES and c.finding.fix_id]

    def _ready_to_fix(self) -> bool:
        uefi = self.uefi
        return uefi is not None and not uefi.plan.empty and uefi.permissions.ok and not self.task.busy

    def _update_fix_button(self) -> None:
        self.consent.setEnabled(self._ready_to_fix())
        self.fix_button.setEnabled(self._ready_to_fix() and self.consent.isChecked())

    def _apply_fix(self) -> None:
        if not self.consent.isChecked() or self.uefi is None:
            return
        self._error.clear()
        self.result.clear()
        self._busy_text = self.tr("Turning on Secure Boot and vTPM; the VM restarts…")
        self.task.start(self._run_fix())

    async def _run_fix(self) -> None:
        from core.usecases.fix import prepare_apply

        uefi = self.uefi
        assert uefi is not None
        raise_if_not_permitted(uefi.permissions)
        for command in plan_commands(uefi.plan):
            if command not in self.state.commands:
                self.state.commands.append(command)
        session = await self.context.session()
        result = await self.apply_change(prepare_apply(session, uefi, on_progress=self.on_change_progress))
        self.consent.setChecked(False)
        if result.interrupted:
            lines = [*step_lines(result.report), SYMBOLS[Status.WARN] + " " + self.interrupted_text()]
            self.result.setText("\n".join(lines))
        raise_if_failed(result.report)
        self.uefi = None
        await self._fetch()

    def isComplete(self) -> bool:
        return self.state.prerequisites is not None and not self.task.busy
