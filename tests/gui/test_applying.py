"""Leaving the Fix page while changes are being applied: Back, Cancel, Escape and closing the window ask first, and
"Stop after the current step" is honoured at every step — the audit record is complete, the page, the change records
(the report) and Undo show what was really applied."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from core.changes import ChangeProgress, Phase
from core.changes.steps import StepStatus
from core.remediation.armjson import strip_read_only
from core.remediation.audit import AuditLog
from core.report import ChangeOutcome, report_html
from core.simulator import SimulatorOptions
from gui.pages.diagnosis import DiagnosisPage
from gui.pages.fix import FixPage
from gui.pages.summary import report_input
from tests.gui.drive import next_page, settle
from tests.gui.test_diagnosis import go_to_diagnosis

VM = "vm-web-07"  # blocked by its NIC NSG: the fix renumbers the blocker, then adds the allow rule (two steps)
STEPS = 2
SLOW = SimulatorOptions(lro_polls=4, lro_retry_after=0.05)  # each step takes a while: the user can act during it


def _nsg_rules(wizard: Any) -> dict[str, Any]:
    store = wizard.connector.background.simulator.state.store
    nsgs = store.list_type("Microsoft.Network/networkSecurityGroups")
    nsg = next(n for n in nsgs if n["name"] == "nsg-vm-web-07-nic")
    return {r["name"]: strip_read_only(r["properties"]) for r in nsg["properties"].get("securityRules", [])}


def _start_fix(qtbot: Any, wizard: Any) -> tuple[FixPage, list[ChangeProgress]]:
    go_to_diagnosis(qtbot, wizard, VM)
    fix = next_page(qtbot, wizard, FixPage)
    wizard.retranslate()  # what a language switch does: QWizard re-lays its buttons, Back must still ask
    assert len(fix.preview.plan.operations) == STEPS
    fix.consent.setChecked(True)
    fix.renumber_consent.setChecked(True)
    seen: list[ChangeProgress] = []
    show = fix.on_change_progress
    fix.on_change_progress = lambda p: (seen.append(p), show(p))  # type: ignore[method-assign]
    qtbot.mouseClick(fix.apply_button, Qt.MouseButton.LeftButton)
    return fix, seen


def _wait_for_step(qtbot: Any, seen: list[ChangeProgress], step: int) -> None:
    qtbot.waitUntil(lambda: any(p.phase is Phase.STEP and p.step == step for p in seen), timeout=30000)


def _leave(qtbot: Any, wizard: Any, how: str) -> None:
    if how == "back":
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    elif how == "cancel":
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    elif how == "escape":
        qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    else:
        wizard.close()


@pytest.mark.parametrize("step", range(1, STEPS + 1))
@pytest.mark.parametrize("how", ["back", "close", "cancel", "escape"])
def test_stop_after_the_current_step_at_every_step(qtbot: Any, make_wizard: Any, how: str, step: int) -> None:
    wizard = make_wizard(options=SLOW)
    fix, seen = _start_fix(qtbot, wizard)
    before = _nsg_rules(wizard)
    _wait_for_step(qtbot, seen, step)
    _leave(qtbot, wizard, how)
    # It asks, and while it asks the change goes on: the page is still there, still applying.
    assert fix.stop_question is not None and fix.stop_question.isVisible()
    assert "Stop after the current step?" in fix.stop_question.text()
    assert wizard.currentPage() is fix and wizard.isVisible()
    fix.answer_stop_question(True)
    if how == "back":
        qtbot.waitUntil(lambda: isinstance(wizard.currentPage(), DiagnosisPage), timeout=30000)
    else:
        qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=30000)

    # The audit record: exactly the steps that were sent, each with Azure's answer; the stop is recorded.
    records = AuditLog().records()
    assert len(records) == 1
    record = records[0]
    assert record["stopRequested"]["reason"] == "user"
    applied = len(record["steps"])
    assert step <= applied <= STEPS
    assert [s["status"] for s in record["steps"]] == [StepStatus.APPLIED] * applied
    assert record["status"] == ("interrupted" if applied < STEPS else "complete")

    # The change records (summary, report) say what was applied and what was not.
    outcomes = [c.outcome for c in wizard.state.changes]
    assert outcomes == [ChangeOutcome.APPLIED] * applied + [ChangeOutcome.CANCELLED] * (STEPS - applied)
    html = report_html(report_input(wizard.state))
    assert "The wizard made no changes." not in html
    if applied < STEPS:
        assert "stopped" in html

    # Undo takes back the partial run (from the audit log), in the GUI where the page is still reachable.
    if how == "back":
        fix = next_page(qtbot, wizard, FixPage)
        assert fix.undo_button.isVisible() and record["runId"] in fix.result.text()
        qtbot.mouseClick(fix.undo_button, Qt.MouseButton.LeftButton)
        settle(qtbot, fix)
        assert not fix._error.isVisible(), fix._error._message.text()
        assert [r["status"] for r in AuditLog().records()[-1]["steps"]] == [ChangeOutcome.APPLIED] * applied
        assert _nsg_rules(wizard) == before


def test_no_keeps_applying_to_the_end(qtbot: Any, make_wizard: Any) -> None:
    wizard = make_wizard(options=SLOW)
    fix, seen = _start_fix(qtbot, wizard)
    _wait_for_step(qtbot, seen, 1)
    _leave(qtbot, wizard, "close")
    fix.answer_stop_question(False)
    settle(qtbot, fix)
    assert wizard.isVisible() and wizard.currentPage() is fix
    assert [c.outcome for c in wizard.state.changes] == [ChangeOutcome.APPLIED] * STEPS
    assert AuditLog().records()[0]["status"] == "complete" and "stopRequested" not in AuditLog().records()[0]
    assert fix.outcome is not None and fix.outcome.path_allowed
