"""Diagnosis and Verify pages against the simulated demo tenant: blocked by NSG, blocked by firewall, healthy."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from core.report import ChangeOutcome
from core.simulator.options import FaultKind, FaultRule, SimulatorOptions
from core.wizard_flow import PageId
from core.wizard_flow import next_page as next_page_id
from gui.pages.diagnosis import DiagnosisPage
from gui.pages.prerequisites import PrerequisitesPage
from tests.gui.drive import choose_vm, click_next, next_page, settle


def go_to_diagnosis(qtbot: Any, wizard: QWizard, vm: str) -> DiagnosisPage:
    choose_vm(qtbot, wizard, vm)
    next_page(qtbot, wizard, PrerequisitesPage)
    page = click_next(qtbot, wizard)
    while not isinstance(page, DiagnosisPage):  # the Enable page sends a failed extension on to the diagnosis
        settle(qtbot, page)
        page = click_next(qtbot, wizard)
    return settle(qtbot, page)


def top_rows(page: DiagnosisPage) -> list[list[str]]:
    view = page.panel.layers
    return [[view.topLevelItem(i).text(c) for c in range(6)] for i in range(view.topLevelItemCount())]


def test_nic_nsg_blocks_and_the_layer_names_rule_priority_action(qtbot: Any, make_wizard: Any) -> None:
    wizard = make_wizard()
    page = go_to_diagnosis(qtbot, wizard, "vm-web-07")
    assert page.isComplete()
    assert "Blocked" in page.panel.verdict.text()
    admin, nic = top_rows(page)[:2]  # Azure's order: security admin rules first (none apply here)
    assert admin[0] == "1. Virtual Network Manager admin rules" and admin[1] == "No security admin rules apply"
    assert nic[1] == "nsg-vm-web-07-nic"
    assert nic[2:5] == ["Deny-Internet-Outbound", "100", "Deny"]
    assert wizard.state.path_blocked() is True
    assert next_page_id(PageId.DIAGNOSIS, wizard.state.flow(), frozenset(PageId)) == PageId.FIX
    assert "blocker" in page.status.text()


def test_firewall_classic_blocks_by_default_rule(qtbot: Any, make_wizard: Any) -> None:
    wizard = make_wizard()
    page = go_to_diagnosis(qtbot, wizard, "vm-fin-09")
    rows = {row[0].split(". ", 1)[1]: row for row in top_rows(page)}
    assert "Blocked" in rows["Azure Firewall"][5]
    assert "fw-hub-weu" in rows["Azure Firewall"][1]
    assert any(b.kind.value == "firewall" for b in wizard.state.diagnosis.blockers)
    assert page.panel.findings.count() > 0


def test_recheck_while_running_replaces_the_old_run(qtbot: Any, make_wizard: Any) -> None:
    slow = FaultRule(operation="NetworkInterfaces_Get", kind=FaultKind.LATENCY, delay_ms=400)
    wizard = make_wizard(options=SimulatorOptions(faults=[slow]))
    page = go_to_diagnosis(qtbot, wizard, "vm-web-07")
    qtbot.mouseClick(page.recheck, Qt.MouseButton.LeftButton)
    assert page.task.busy and not page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert not page.recheck.isEnabled()
    settle(qtbot, page)
    assert page.isComplete() and "Blocked" in page.panel.verdict.text()


def test_back_during_diagnosis_drops_the_late_result(qtbot: Any, make_wizard: Any) -> None:
    slow = FaultRule(operation="NetworkInterfaces_Get", kind=FaultKind.LATENCY, delay_ms=800)
    wizard = make_wizard(options=SimulatorOptions(faults=[slow]))
    page = go_to_diagnosis(qtbot, wizard, "vm-web-07")
    qtbot.mouseClick(page.recheck, Qt.MouseButton.LeftButton)
    assert page.task.busy
    wizard.back()
    assert not page.task.busy
    qtbot.wait(1200)
    assert wizard.state.diagnosis is None
    assert page.panel.layers.topLevelItemCount() == 0


def test_blocked_by_nsg_then_fixed_then_verified(qtbot: Any, make_wizard: Any) -> None:
    from gui.pages.fix import FixPage
    from gui.pages.summary import SummaryPage
    from gui.pages.verify import VerifyPage

    wizard = make_wizard()
    go_to_diagnosis(qtbot, wizard, "vm-web-07")
    fix = next_page(qtbot, wizard, FixPage)
    ops = fix.preview.plan.operations
    assert ops and "create" in {op.kind.value for op in ops}
    assert fix.preview_widget.operations.topLevelItemCount() == len(ops)
    assert "AzureAttestation" in fix.preview_widget.all_commands("az")
    assert fix.preview_widget.az_cli.text().startswith("az network nsg rule")
    assert fix.preview_widget.request.text().split(" ")[0] in {"PUT", "PATCH"}
    assert "/subscriptions/" in fix.preview_widget.request.text()
    assert not fix.apply_button.isEnabled()  # consent first
    fix.consent.setChecked(True)
    # The blocker sits at priority 100: renumbering it is a change to the admin's rule and needs its own "yes".
    assert fix.preview.plan.changes_existing_rules and fix.renumber_consent.isVisible()
    assert not fix.apply_button.isEnabled()
    fix.renumber_consent.setChecked(True)
    assert fix.apply_button.isEnabled()
    from gui.pages.applying import progress_text

    shown: list[str] = []
    show_progress = fix.on_change_progress
    fix.on_change_progress = lambda p: (shown.append(progress_text(p)), show_progress(p))  # type: ignore[method-assign]
    qtbot.mouseClick(fix.apply_button, Qt.MouseButton.LeftButton)
    settle(qtbot, fix)
    assert not fix._error.isVisible()
    assert shown[0].startswith(f"Step 1 of {len(ops)}: ") and ops[0].render() in shown[0]
    assert len(shown) == len(ops) + 1 and shown[-1] == "Checking the VM and its network path again…"
    assert wizard.state.fix_applied
    assert wizard.state.changes and wizard.state.changes[0].outcome is ChangeOutcome.APPLIED
    assert wizard.state.changes[0].request_ids
    assert fix.undo_button.isVisible()
    verify = next_page(qtbot, wizard, VerifyPage)
    assert "Allowed" in verify.panel.verdict.text()
    summary = next_page(qtbot, wizard, SummaryPage)
    assert wizard.state.changes[0].request_ids[0] in summary.details.toPlainText()


def fix_blocked_vm(qtbot: Any, wizard: QWizard) -> Any:
    """vm-web-07, blocked by its NIC NSG: diagnose, agree to the fix (it renumbers the blocker), apply."""
    from gui.pages.fix import FixPage

    go_to_diagnosis(qtbot, wizard, "vm-web-07")
    fix = next_page(qtbot, wizard, FixPage)
    fix.consent.setChecked(True)
    fix.renumber_consent.setChecked(True)
    qtbot.mouseClick(fix.apply_button, Qt.MouseButton.LeftButton)
    return settle(qtbot, fix)


def test_fix_then_undo_restores_the_block(qtbot: Any, make_wizard: Any) -> None:
    wizard = make_wizard()
    fix = fix_blocked_vm(qtbot, wizard)
    qtbot.mouseClick(fix.undo_button, Qt.MouseButton.LeftButton)
    settle(qtbot, fix)
    assert not fix._error.isVisible(), fix._error._message.text()
    outcomes = [c.outcome for c in wizard.state.changes]
    half = len(outcomes) // 2
    assert half and outcomes == [ChangeOutcome.APPLIED] * half + [ChangeOutcome.UNDONE] * half
    assert not wizard.state.fix_applied
    assert fix.preview is not None and not fix.preview.plan.empty  # blocked again: the same fix is offered
    assert wizard.state.path_blocked() is True


def test_firewall_fix_applies_a_rule_collection(qtbot: Any, make_wizard: Any) -> None:
    from gui.pages.fix import FixPage

    wizard = make_wizard()
    go_to_diagnosis(qtbot, wizard, "vm-fin-09")
    fix = next_page(qtbot, wizard, FixPage)
    assert "azureFirewalls" in fix.preview.plan.operations[0].target_id
    assert not fix.renumber_consent.isVisible()  # adding a collection changes nobody's rules
    fix.consent.setChecked(True)
    qtbot.mouseClick(fix.apply_button, Qt.MouseButton.LeftButton)
    settle(qtbot, fix)
    assert not fix._error.isVisible(), fix._error._message.text()
    assert fix.outcome.path_allowed


def test_after_the_fix_the_failed_extension_is_redeployed_from_verify(qtbot: Any, make_wizard: Any) -> None:
    from gui.pages.enable import EnablePage
    from gui.pages.summary import SummaryPage
    from gui.pages.verify import VerifyPage

    wizard = make_wizard()
    fix_blocked_vm(qtbot, wizard)
    verify = next_page(qtbot, wizard, VerifyPage)
    assert not verify.state.verified.extension.healthy  # the path is open, the old failure remains
    assert verify.redeploy.isVisible() and verify.redeploy.isEnabled()
    qtbot.mouseClick(verify.redeploy, Qt.MouseButton.LeftButton)
    enable = wizard.currentPage()
    assert isinstance(enable, EnablePage)
    settle(qtbot, enable)
    assert enable.preview is not None and enable.preview.plan.operations  # planned afresh against Azure as it is
    assert not enable.enable_button.isEnabled()  # re-deploying asks for the same consent as any change
    enable.consent.setChecked(True)
    assert enable.enable_button.isEnabled()
    qtbot.mouseClick(enable.enable_button, Qt.MouseButton.LeftButton)
    settle(qtbot, enable)
    assert not enable._error.isVisible()
    assert wizard.state.extension is not None and wizard.state.extension.healthy
    summary = next_page(qtbot, wizard, SummaryPage)
    assert summary.headline.text() == "Boot integrity monitoring is on and healthy for vm-web-07."
