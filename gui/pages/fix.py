"""Fix: what would change, as a what-if preview with exact requests and copyable commands; consent; apply; undo.

The plan comes from ``core.usecases.fix.preview_fix`` (which diagnoses again, so the plan matches Azure as it
is now); applying runs it through the change engine (``gui.pages.applying``) and re-runs the diagnosis, which the
Verify page then shows with a Recheck button. Undo takes back what the audit record says was applied — also of a
run that was stopped after one of its steps.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from gui.pages.applying import (
    ApplyingPage,
    missing_permissions,
    plan_commands,
    raise_if_failed,
    raise_if_not_permitted,
    step_lines,
)
from gui.services import PageContext
from gui.widgets.plan_preview import PlanPreview
from gui.widgets.status import SYMBOLS, Status

if TYPE_CHECKING:
    from core.usecases.fix import Outcome, Preview


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
        self.preview: Preview | None = None
        self.outcome: Outcome | None = None
        self.undoable_run: str | None = None  # the audit record Undo takes back (also of a stopped run)
        self.undone = False
        self.on_busy_changed(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Fix the network path"))
        self.setSubTitle(
            self.tr("Review the planned changes. Nothing is changed in Azure until you agree and select Apply.")
        )
        self.consent.setText(self.tr("I have reviewed these changes and &want to apply them"))
        self.apply_button.setText(self.tr("&Apply changes"))
        self.undo_button.setText(self.tr("&Undo changes"))
        self._progress.setAccessibleName(self.tr("Working on the changes"))
        self._show()

    # --- preview -------------------------------------------------------------------------------------------
    def primary_action(self) -> QPushButton | None:
        return self.apply_button

    def first_focus(self) -> QWidget | None:
        return self.consent  # the change waits for it; once ticked, Enter applies

    def initializePage(self) -> None:
        self.load()  # always plan against Azure as it is now

    def load(self) -> None:
        self._error.clear()
        self.preview = None
        self.outcome = None
        self.undone = False
        self.state.fix_applied = False
        self.consent.setChecked(False)
        self.renumber_consent.setChecked(False)
        self._busy_text = self.tr("Planning the changes…")
        self._show()
        self.task.start(self._plan())

    async def _plan(self) -> None:
        from core.usecases.fix import preview_fix

        vm = self.state.vm
        assert vm is not None
        session = await self.context.session()
        preview = await preview_fix(session, vm.id)
        self.preview = preview
        self.state.diagnosis = preview.run.diagnosis
        for command in plan_commands(preview.plan):
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
        from core.usecases.fix import outcome_of, prepare_apply

        preview = self.preview
        assert preview is not None
        raise_if_not_permitted(preview.permissions)
        session = await self.context.session()
        run = prepare_apply(session, preview, on_progress=self.on_change_progress)
        try:
            result = await self.apply_change(run)
        finally:  # also when the page's task is cancelled: what was applied stays known (and undoable)
            self.outcome = outcome_of(preview, run.result)
            if run.result.sent:
                self.undoable_run = run.result.run_id
            self.state.fix_applied = self.outcome.report.changed or self.outcome.report.ok
            self.consent.setChecked(False)
        if self.outcome.after is not None:
            self.state.changed_and_checked(self.outcome.after.diagnosis)
        self._show()
        raise_if_failed(result.report)

    def _undo_clicked(self) -> None:
        if self.undoable_run is None:
            return
        self._error.clear()
        self._busy_text = self.tr("Undoing the changes…")
        self._show()
        self.task.start(self._undo())

    async def _undo(self) -> None:
        from core.usecases.fix import prepare_undo, preview_undo

        vm = self.state.vm
        assert vm is not None and self.undoable_run is not None
        session = await self.context.session()
        plan, undo_of = await preview_undo(session, vm.id, self.undoable_run)
        result = await self.apply_change(
            prepare_undo(session, plan, undo_of, on_progress=self.on_change_progress), undo=True
        )
        raise_if_failed(result.report)
        if result.interrupted:
            self._show()
            return
        self.outcome = None
        self.undoable_run = None
        self.state.fix_applied = False
        self.undone = True
        await self._plan()

    # --- showing -------------------------------------------------------------------------------------------
    def _show(self) -> None:
        self.preview_widget.set_plan(self.preview.plan if self.preview is not None else None)
        missing = missing_permissions(self.preview.permissions) if self.preview is not None else []
        self.permissions.setText("\n".join(f"{SYMBOLS[Status.FAIL]} {m}" for m in missing))
        self.permissions.setVisible(bool(missing))
        if self.task.busy:
            self.result.setText(self._busy_text)
        elif self.outcome is not None:
            lines = step_lines(self.outcome.report)
            if self.outcome.interrupted:
                lines.append(SYMBOLS[Status.WARN] + " " + self.interrupted_text())
            elif self.outcome.path_allowed:
                lines.append(SYMBOLS[Status.OK] + " " + self.tr("Azure Attestation is reachable now."))
            self.result.setText("\n".join(lines))
        elif self.undoable_run is not None and self.preview is not None:
            self.result.setText(
                SYMBOLS[Status.WARN]
                + " "
                + self.tr(
                    "Changes this page applied earlier are still in place (audit record {run}). The plan above "
                    "continues from there; Undo takes back what was applied."
                ).format(run=self.undoable_run)
            )
        elif self.undone:
            self.result.setText(SYMBOLS[Status.OK] + " " + self.tr("The changes were undone."))
        elif self.preview is not None and self.preview.plan.empty:
            self.result.setText(self.tr("There is nothing this wizard can change automatically; see the notes."))
        else:
            self.result.clear()
        self._update_buttons()

    def _renumbers(self) -> bool:
        return self.preview is not None and self.preview.plan.changes_existing_rules

    def _renumber_text(self) -> str:
        """What the separate consent agrees to: for firewall collections, each one by name, old → new priority."""
        from core.remediation.moves import describe, plan_moves

        moves = plan_moves(self.preview.plan.operations) if self.preview is not None else []
        if moves and all(m.group for m in moves):
            return self.tr(
                "I agree that these &rule collection groups of the firewall policy get new priority numbers\n"
                "(their order stays the same; Undo changes restores them):\n{moves}"
            ).format(moves=describe(moves))
        if moves:
            return self.tr(
                "I agree that these &rule collections of the Azure Firewall get new priority numbers\n"
                "(their order stays the same; Undo changes restores them):\n{moves}"
            ).format(moves=describe(moves))
        return self.tr("I agree that an existing &rule gets a new priority number (Undo changes restores it)")

    def _consented(self) -> bool:
        return self.consent.isChecked() and (self.renumber_consent.isChecked() or not self._renumbers())

    def _update_buttons(self) -> None:
        busy = self.task.busy
        plan_ready = self.preview is not None and not self.preview.plan.empty and self.outcome is None
        permitted = self.preview is not None and not missing_permissions(self.preview.permissions)
        self.consent.setEnabled(plan_ready and permitted and not busy)
        self.renumber_consent.setText(self._renumber_text())  # a check box does not wrap: the list is a line of its own
        self.renumber_consent.setVisible(plan_ready and self._renumbers())
        self.renumber_consent.setEnabled(plan_ready and permitted and not busy)
        self.apply_button.setEnabled(plan_ready and permitted and self._consented() and not busy)
        self.undo_button.setVisible(self.undoable_run is not None)
        self.undo_button.setEnabled(not busy)

    def forget_vm(self) -> None:
        super().forget_vm()
        self.undoable_run = None  # Undo here is for this VM's changes; the CLI's --undo RUN_ID reaches older ones

    def isComplete(self) -> bool:
        return self.preview is not None and not self.task.busy
