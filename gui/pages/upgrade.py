"""Upgrade to Trusted Launch: the pre-flight checks, the options, the plan with its downtime, consent, apply.

Reached from the Prerequisites page ("Upgrade to Trusted Launch…") for a Standard VM. The checks and the plan
come from ``core.upgrade``; changing an option re-plans from the facts already read (no new Azure calls). The
deallocation needs the consent box; applying runs through the change engine with one progress line per step,
stops at the first failure and says where the VM is. Then the wizard continues to Enable.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.azure.vm_json import load_vm_json
from core.changes import RunStatus
from core.diagnosis.extension import evaluate_extension
from core.diagnosis.prerequisites import evaluate_prerequisites
from core.display_names import ValueKind
from core.upgrade.model import CheckId, Outcome, Preflight
from core.upgrade.readiness import ReadinessCheck
from gui.api_values import shown
from gui.pages.applying import ApplyingPage, plan_commands, raise_if_failed, raise_if_not_permitted, step_lines
from gui.widgets.checklist import ChecklistItem, ChecklistPanel
from gui.widgets.copy_text import CopyableText
from gui.widgets.plan_preview import PlanPreview
from gui.widgets.status import Status

if TYPE_CHECKING:
    from core.azure.session import ArmSession
    from core.upgrade.plan import UpgradeOptions
    from core.upgrade.usecase import UpgradeOutcome, UpgradePreview
    from gui.services import PageContext

_STATUS = {
    Outcome.PASS: Status.OK,
    Outcome.INFO: Status.OK,
    Outcome.WARN: Status.WARN,
    Outcome.FAIL: Status.FAIL,
    Outcome.UNKNOWN: Status.UNKNOWN,
}


def check_title(check_id: CheckId) -> str:
    titles = {
        CheckId.SECURITY_TYPE: QCoreApplication.translate("UpgradePage", "Security type"),
        CheckId.GENERATION: QCoreApplication.translate("UpgradePage", "Generation 2 OS disk"),
        CheckId.SIZE: QCoreApplication.translate("UpgradePage", "VM size supports Trusted Launch"),
        CheckId.IMAGE: QCoreApplication.translate("UpgradePage", "Image"),
        CheckId.OS: QCoreApplication.translate("UpgradePage", "Operating system"),
        CheckId.CONFIGURATION: QCoreApplication.translate("UpgradePage", "No unsupported feature"),
        CheckId.BACKUP: QCoreApplication.translate("UpgradePage", "Azure Backup"),
        CheckId.SECURE_BOOT: QCoreApplication.translate("UpgradePage", "Secure Boot readiness"),
        CheckId.ROLLBACK_FEATURE: QCoreApplication.translate("UpgradePage", "Rollback allowed"),
    }
    return titles[check_id]


def checklist_items(preflight: Preflight) -> list[ChecklistItem]:
    translate = QCoreApplication.translate
    items = []
    for check in preflight.checks:
        explanation = check.render(translate)
        if check.next_step and check.outcome is not Outcome.PASS:
            explanation += "\n" + check.render_next_step(translate)
        items.append(ChecklistItem(check.id.value, _STATUS[check.outcome], check_title(check.id), explanation))
    return items


class UpgradePage(ApplyingPage):
    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self._preview: UpgradePreview | None = None
        self._outcome: UpgradeOutcome | None = None

        checks = self.checks_scroll = ChecklistPanel()
        self.checklist = checks.checklist
        # Read-only check inside the VM (Run Command): Gen1 conversion readiness, or unsigned modules on Linux.
        self.inside_box = QGroupBox()
        self.inside_text = QLabel()
        self.inside_text.setWordWrap(True)
        self.inside_button = QPushButton()
        self.inside_button.clicked.connect(self._check_inside)
        self.inside_output = CopyableText(max_lines=8)
        self.inside_output.hide()
        inside_layout = QVBoxLayout(self.inside_box)
        inside_layout.addWidget(self.inside_text)
        inside_row = QHBoxLayout()
        inside_row.addWidget(self.inside_button)
        inside_row.addStretch(1)
        inside_layout.addLayout(inside_row)
        inside_layout.addWidget(self.inside_output)
        self.inside_box.hide()
        checks.add_below(self.inside_box)

        self.options = QGroupBox()
        self.secure_boot = QCheckBox()
        self.secure_boot.setChecked(True)
        self.restore_point = QCheckBox()
        self.restore_point.setChecked(True)
        self.secure_boot.toggled.connect(self._replan)
        self.restore_point.toggled.connect(self._replan)
        options_layout = QHBoxLayout(self.options)
        options_layout.addWidget(self.secure_boot)
        options_layout.addWidget(self.restore_point)
        options_layout.addStretch(1)

        self.downtime = QLabel()
        self.downtime.setWordWrap(True)
        bold = QFont(self.downtime.font())
        bold.setBold(True)
        self.downtime.setFont(bold)
        self.preview = PlanPreview()

        self.consent = QCheckBox()
        self.apply_button = QPushButton()
        self.consent.toggled.connect(self._update_apply)
        self.apply_button.clicked.connect(self._apply)

        splitter = QSplitter()
        splitter.addWidget(checks)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([420, 580])  # the checks need room to read; the plan's request has tabs of its own

        action_row = QHBoxLayout()
        action_row.addWidget(self.consent, 1)
        action_row.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._error)
        layout.addWidget(self._progress)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.options)
        layout.addWidget(self.downtime)
        layout.addLayout(action_row)
        layout.addWidget(self.result)
        self.setTabOrder(self.secure_boot, self.restore_point)
        self.setTabOrder(self.restore_point, self.consent)
        self.setTabOrder(self.consent, self.apply_button)
        self.on_busy_changed(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Upgrade to Trusted Launch"))
        self.setSubTitle(
            self.tr(
                "Checks first; then a restore point, deallocation, the switch, a start and boot integrity "
                "monitoring. Nothing changes before you agree to the downtime."
            )
        )
        self.options.setTitle(self.tr("Options"))
        self.secure_boot.setText(self.tr("Turn on &Secure Boot (recommended)"))
        self.restore_point.setText(self.tr("Create a &restore point first (recommended)"))
        self._progress.setAccessibleName(self.tr("Upgrading to Trusted Launch"))
        self.apply_button.setText(self.tr("&Upgrade to Trusted Launch"))
        self.inside_box.setTitle(self.tr("Check inside the VM (read-only)"))
        self.inside_button.setText(self.tr("Run the &check"))
        self._show()

    # --- loading -------------------------------------------------------------------------------------------

    def primary_action(self) -> QPushButton | None:
        return self.apply_button

    def first_focus(self) -> QWidget | None:
        return self.consent

    def initializePage(self) -> None:
        self.consent.setChecked(False)
        if self._preview is None or self._preview.plan.vm_id != (self.state.vm.id if self.state.vm else None):
            self._outcome = None
            self.load()
        else:
            self._show()

    def cleanupPage(self) -> None:
        super().cleanupPage()
        self.state.upgrade_requested = False  # Back: Prerequisites leads on as before

    def forget_vm(self) -> None:
        super().forget_vm()
        self._preview = None
        self._outcome = None
        self.inside_output.set_text("")
        self.inside_output.hide()

    def load(self) -> None:
        self._error.clear()
        self._preview = None
        self.completeChanged.emit()
        self.task.start(self._fetch())

    async def _fetch(self) -> None:
        from core.upgrade.usecase import preview_upgrade

        vm = self.state.vm
        assert vm is not None
        session = await self.context.session()
        self._preview = await preview_upgrade(session, vm.id, self._options(session))
        self._show()

    def _options(self, session: ArmSession) -> UpgradeOptions:
        from core.remediation.extension_plan import ExtensionOptions
        from core.upgrade.plan import UpgradeOptions

        return UpgradeOptions(
            secure_boot=self.secure_boot.isChecked(),
            restore_point=self.restore_point.isChecked(),
            extension=ExtensionOptions(cloud=session.endpoint.cloud.name.value),
        )

    def _replan(self) -> None:
        """Plan again from the facts already read: the options change the plan, not what Azure reports."""
        preview = self._preview
        session = self.state.session
        if preview is None or session is None or self.task.busy or self._outcome is not None:
            return
        from core.upgrade.checks import evaluate_upgrade
        from core.upgrade.plan import plan_upgrade

        options = self._options(session)
        collected = preview.collected
        preflight = evaluate_upgrade(collected.facts, secure_boot=options.secure_boot)
        plan = plan_upgrade(preflight, collected.facts.vm, collected.extension, collected.existing_extension, options)
        self._preview = replace(preview, preflight=preflight, plan=plan)
        self.consent.setChecked(False)
        self._show()

    # --- the read-only check inside the VM ------------------------------------------------------------------

    def _inside_check(self) -> ReadinessCheck | None:
        """Which read-only check applies: Gen1 conversion readiness, or Linux Secure Boot readiness."""
        preview = self._preview
        if preview is None or self._outcome is not None:
            return None
        generation = preview.preflight.check(CheckId.GENERATION)
        if generation is not None and generation.outcome is Outcome.FAIL:
            return ReadinessCheck.GEN1
        secure_boot = preview.preflight.check(CheckId.SECURE_BOOT)
        if preview.preflight.os_type == "Linux" and secure_boot is not None and self.secure_boot.isChecked():
            return ReadinessCheck.SECURE_BOOT
        return None

    def _check_inside(self) -> None:
        if self._inside_check() is None:
            return
        self._error.clear()
        self._busy_text = self.tr("Running the read-only check inside the VM (Run Command)…")
        self.task.start(self._run_inside())

    async def _run_inside(self) -> None:
        from core.upgrade.readiness import run_readiness

        check = self._inside_check()
        preview = self._preview
        if check is None or preview is None:
            return
        session = await self.context.session()
        result = await run_readiness(session, preview.plan.vm_id, check, preview.preflight.os_type or "Windows")
        output = "\n".join(part for part in (result.stdout.rstrip(), result.stderr.rstrip()) if part)
        self.inside_output.set_text(output or self.tr("(no output)"), self.tr("output of the check"))
        self.inside_output.show()
        self._show()
        # Once laid out, scroll the output into view (it sits below the checks).
        QTimer.singleShot(0, lambda: self.checks_scroll.ensureWidgetVisible(self.inside_output))

    # --- applying ------------------------------------------------------------------------------------------

    def _apply(self) -> None:
        if not self.consent.isChecked() or self._preview is None:
            return
        self._error.clear()
        self.task.start(self._run())

    async def _run(self) -> None:
        from core.upgrade.usecase import outcome_of, prepare_upgrade

        preview = self._preview
        vm = self.state.vm
        assert preview is not None and vm is not None
        session = await self.context.session()
        raise_if_not_permitted(preview.permissions)
        self.state.commands.extend(plan_commands(preview.plan))
        run = prepare_upgrade(session, preview, on_progress=self.on_change_progress)
        result = await self.apply_change(run)
        self._outcome = outcome_of(preview, result)
        self.consent.setChecked(False)
        # What the next pages read: the VM as it is now.
        vm_json, extensions = await load_vm_json(session, vm)
        self.state.vm_json = vm_json
        self.state.prerequisites = evaluate_prerequisites(vm_json)
        self.state.extension = evaluate_extension(vm_json, extensions, cloud=session.endpoint.cloud.name.value)
        self._show()
        raise_if_failed(result.report)

    # --- showing -------------------------------------------------------------------------------------------

    def _show(self) -> None:
        preview = self._preview
        busy = self.task.busy
        if preview is None:
            self.inside_box.hide()
            self.checklist.set_items([])
            self.preview.set_plan(None)
            self.downtime.hide()
            self.result.setText(self.tr("Checking the VM, its disk, its size and its image…") if busy else "")
            self._update_apply()
            return
        self.checklist.set_items(checklist_items(preview.preflight))
        downtime = next((n for n in preview.plan.notes if n.code == "UPGRADE_DOWNTIME"), None)
        # The downtime is stated once, in bold above the consent; the preview lists the other notes.
        others = tuple(n for n in preview.plan.notes if n is not downtime)
        self.preview.set_plan(replace(preview.plan, notes=others))
        self.preview.setVisible(not preview.plan.empty)  # a refusal: the checks get the whole width
        self.downtime.setVisible(downtime is not None and self._outcome is None)
        if downtime is not None:
            self.downtime.setText("⚠ " + downtime.render(QCoreApplication.translate))
        name = preview.preflight.vm_name
        self.consent.setText(
            self.tr("I agree that %1 is &deallocated and unavailable until it has started again").replace("%1", name)
        )
        can_apply = preview.preflight.eligible and not preview.plan.empty and self._outcome is None
        self.consent.setVisible(can_apply)
        self.apply_button.setVisible(can_apply)
        self.options.setVisible(preview.preflight.eligible and self._outcome is None)
        if busy and self._busy_text:
            self.result.setText(self._busy_text)
        elif self._outcome is not None:
            self.result.setText(self._outcome_text(self._outcome))
        elif not preview.preflight.eligible:
            self.result.setText(
                self.tr(
                    "The upgrade is refused for the reasons marked ✖ or ?; nothing was changed. Each one says "
                    "what Microsoft recommends. Select Next for a summary you can hand on."
                )
            )
        elif preview.plan.empty:
            self.result.setText(self.tr("Nothing to do: the VM already uses Trusted Launch. Select Next."))
        else:
            self.result.setText(self.tr("%n step(s) will run in the order shown.", "", len(preview.plan.operations)))
        self._show_inside()
        self._update_apply()

    def _show_inside(self) -> None:
        check = self._inside_check()
        self.inside_box.setVisible(check is not None)
        if check is ReadinessCheck.GEN1:
            self.inside_text.setText(
                self.tr(
                    "Whether the OS disk could be converted from MBR to GPT: Windows runs MBR2GPT /validate and "
                    "reports BitLocker; Linux lists the partition table, the EFI system partition and /boot/efi. "
                    "Nothing is converted or changed. The VM must be running."
                )
            )
        elif check is ReadinessCheck.SECURE_BOOT:
            self.inside_text.setText(
                self.tr(
                    "Lists kernel modules without a signature (and runs sbinfo when it is installed). Nothing is "
                    "changed. The VM must be running."
                )
            )
        self.inside_button.setEnabled(not self.task.busy and self.state.session is not None)

    def _outcome_text(self, outcome: UpgradeOutcome) -> str:
        lines = step_lines(outcome.report)
        after = outcome.after
        if outcome.status is RunStatus.INTERRUPTED:
            lines.append(self.interrupted_text())
        elif outcome.reached:
            lines.append(self.tr("Done: the VM runs with Trusted Launch. Select Next to continue to Enable."))
        elif after is not None:
            lines.append(
                self.tr(
                    "Not finished. The VM is now %1 with the security type %2. Go back and open this page again "
                    "to plan only what is missing."
                )
                .replace("%1", shown(ValueKind.POWER_STATE, after.power_state))
                .replace("%2", shown(ValueKind.SECURITY_TYPE, after.security_type))
            )
        return "\n".join(lines)

    def _update_apply(self) -> None:
        ready = self._preview is not None and self._outcome is None and not self.task.busy
        self.apply_button.setEnabled(ready and self.consent.isChecked())
        self.consent.setEnabled(ready)
        self.secure_boot.setEnabled(ready)
        self.restore_point.setEnabled(ready)

    def isComplete(self) -> bool:
        return self._preview is not None and not self.task.busy
