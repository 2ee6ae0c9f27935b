"""Fix: what would change, as a what-if preview with exact requests and copyable commands; consent; apply; undo.

The plan comes from ``core.usecases.fix.preview_fix`` (which diagnoses again, so the plan matches Azure as it
is now); applying re-runs the diagnosis, which the Verify page then shows with a Recheck button.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from gui import remediation_bridge
from gui.pages.base import ApplyingPage
from gui.services import PageContext
from gui.widgets.plan_preview import PlanPreview
from gui.widgets.status import SYMBOLS, Status


class FixPage(ApplyingPage):
    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.preview_widget = PlanPreview()
        self.permissions = QLabel()
        self.permissions.setWordWrap(True)
        self.consent = QCheckBox()
        self.consent.toggled.connect(self._update_buttons)
        # A separate "yes" when the plan renumbers a rule someone else wrote (blocker at priority 100).
        self.renumber_consent = QCheckBox()
        self.renumber_consent.toggled.connect(self._update_buttons)
        self.apply_button = QPushButton()
        self.apply_button.clicked.connect(self._apply_clicked)
        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(self._undo_clicked)
        actions = QHBoxLayout()
        actions.addWidget(self.consent, 1)
        actions.addWidget(self.apply_button)
        actions.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._error)
        layout.addWidget(self._progress)
        layout.addWidget(self.preview_widget, 1)
        layout.addWidget(self.permissions)
        layout.addWidget(self.renumber_consent)
        layout.addLayout(actions)
        layout.addWidget(self.result)
        self.preview: Any = None  # core.usecases.fix.Preview
        self.outcome: Any = None  # core.usecases.fix.Outcome
        self.on_busy_changed(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Fix the network path"))
        self.setSubTitle(
            self.tr("Review the planned changes. Nothing is changed in Azure until you agree and select Apply.")
        )
        self.consent.setText(self.tr("I have reviewed these changes and &want to apply them"))
        self.renumber_consent.setText(
            self.tr("I agree that an existing rule gets a new priority &number (it is restored by Undo)")
        )
        self.apply_button.setText(self.tr("&Apply changes"))
        self.undo_button.setText(self.tr("&Undo changes"))
        self._progress.setAccessibleName(self.tr("Working on the changes"))
        self._show()

    # --- preview -------------------------------------------------------------------------------------------
    def initializePage(self) -> None:
        self.load()  # always plan against Azure as it is now

    def cleanupPage(self) -> None:
        self.task.cancel()

    def load(self) -> None:
        self._error.clear()
        self.preview = None
        self.outcome = None
        self.state.fix_applied = False
        self.consent.setChecked(False)
        self.renumber_consent.setChecked(False)
        self._busy_text = self.tr("Planning the changes…")
        self._show()
        self.task.start(self._plan())

    async def _plan(self) -> None:
        vm = self.state.vm
        assert vm is not None
        session = await self.context.session()
        preview = await remediation_bridge.fix_preview(session, vm.id)
        self.preview = preview
        self.state.diagnosis = preview.run.diagnosis
        for command in remediation_bridge.plan_commands(preview.plan):
            if command not in self.state.commands:
                self.state.commands.append(command)
        self._show()

    # --- apply and undo ------------------------------------------------------------------------------------
    def _apply_clicked(self) -> None:
        if self.preview is None or not self._consented():
            return
        self._error.clear()
        count = len(self.preview.plan.operations)
        self._busy_text = self.tr("Applying %n change(s) and checking the path again…", "", count)
        self._show()
        self.task.start(self._apply())

    async def _apply(self) -> None:
        session = await self.context.session()
        remediation_bridge.raise_if_not_permitted(self.preview)
        outcome = await remediation_bridge.apply(session, self.preview, self._progress_text)
        self.outcome = outcome
        self.state.changes.extend(remediation_bridge.change_records(outcome.report))
        self.state.fix_applied = outcome.report.changed or outcome.report.ok
        if outcome.after is not None:
            self.state.changed_and_checked(outcome.after.diagnosis)
        self.consent.setChecked(False)
        self._show()
        remediation_bridge.raise_if_failed(outcome.report)

    def _undo_clicked(self) -> None:
        if self.outcome is None:
            return
        self._error.clear()
        self._busy_text = self.tr("Undoing the changes…")
        self._show()
        self.task.start(self._undo())

    async def _undo(self) -> None:
        vm = self.state.vm
        assert vm is not None and self.outcome is not None
        session = await self.context.session()
        _plan, report = await remediation_bridge.undo(session, vm.id, self.outcome.run_id)
        self.state.changes.extend(remediation_bridge.change_records(report, undo=True))
        remediation_bridge.raise_if_failed(report)
        self.outcome = None
        self.state.fix_applied = False
        self.result.setText(SYMBOLS[Status.OK] + " " + self.tr("The changes were undone."))
        await self._plan()

    # --- showing -------------------------------------------------------------------------------------------
    def _show(self) -> None:
        self.preview_widget.set_plan(self.preview.plan if self.preview is not None else None)
        missing = remediation_bridge.missing_permissions(self.preview) if self.preview is not None else []
        self.permissions.setText("\n".join(f"{SYMBOLS[Status.FAIL]} {m}" for m in missing))
        self.permissions.setVisible(bool(missing))
        if self.task.busy:
            self.result.setText(self._busy_text)
        elif self.outcome is not None:
            lines = remediation_bridge.step_lines(self.outcome.report)
            if self.outcome.path_allowed:
                lines.append(SYMBOLS[Status.OK] + " " + self.tr("Azure Attestation is reachable now."))
            self.result.setText("\n".join(lines))
        elif self.preview is not None and self.preview.plan.empty:
            self.result.setText(self.tr("There is nothing this wizard can change automatically; see the notes."))
        elif self.preview is not None:
            self.result.clear()
        self._update_buttons()

    def _renumbers(self) -> bool:
        return self.preview is not None and self.preview.plan.changes_existing_rules

    def _consented(self) -> bool:
        return self.consent.isChecked() and (self.renumber_consent.isChecked() or not self._renumbers())

    def _update_buttons(self) -> None:
        busy = self.task.busy
        plan_ready = self.preview is not None and not self.preview.plan.empty and self.outcome is None
        permitted = self.preview is not None and not remediation_bridge.missing_permissions(self.preview)
        self.consent.setEnabled(plan_ready and permitted and not busy)
        self.renumber_consent.setVisible(plan_ready and self._renumbers())
        self.renumber_consent.setEnabled(plan_ready and permitted and not busy)
        self.apply_button.setEnabled(plan_ready and permitted and self._consented() and not busy)
        self.undo_button.setVisible(self.outcome is not None and bool(self.outcome.run_id))
        self.undo_button.setEnabled(not busy)

    def isComplete(self) -> bool:
        return self.preview is not None and not self.task.busy
