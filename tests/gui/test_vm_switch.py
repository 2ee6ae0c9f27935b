"""Two VMs in a row through the demo: nothing learned, planned, shown or reported for the first leaks into the second.

The first VM (vm-web-07, blocked by its NIC's NSG) is diagnosed, fixed, verified and reported; then a Recheck on
its Diagnosis page fails with a 403, so a banner is up. The user goes back, chooses vm-fin-09 (blocked by Azure
Firewall) and walks it to the report without applying anything.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from core.simulator.options import FaultRule
from core.wizard_flow import PageId
from gui.pages.base import AsyncWizardPage
from gui.pages.diagnosis import DiagnosisPage
from gui.pages.fix import FixPage
from gui.pages.summary import SummaryPage
from gui.pages.verify import VerifyPage
from tests.gui.drive import TIMEOUT_MS, click_next, next_page, settle
from tests.gui.test_diagnosis import go_to_diagnosis

FIRST, SECOND = "vm-web-07", "vm-fin-09"
FIRST_NSG = "nsg-vm-web-07-nic"


def _first_vm_fixed_and_reported(qtbot: Any, wizard: QWizard) -> SummaryPage:
    go_to_diagnosis(qtbot, wizard, FIRST)
    fix = next_page(qtbot, wizard, FixPage)
    fix.consent.setChecked(True)
    fix.renumber_consent.setChecked(True)
    qtbot.mouseClick(fix.apply_button, Qt.MouseButton.LeftButton)
    settle(qtbot, fix)
    assert wizard.state.fix_applied and wizard.state.changes
    next_page(qtbot, wizard, VerifyPage)
    summary = next_page(qtbot, wizard, SummaryPage)
    assert FIRST in summary.details.toPlainText() and FIRST_NSG in summary.details.toPlainText()
    return summary


def _back_to(qtbot: Any, wizard: QWizard, page_id: PageId) -> None:
    for _ in range(len(PageId)):  # bounded: one Back per visited page at most
        if wizard.currentId() == page_id:
            return
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == page_id


def test_a_second_vm_starts_with_nothing_of_the_first(qtbot: Any, make_wizard: Any) -> None:
    wizard = make_wizard()
    _first_vm_fixed_and_reported(qtbot, wizard)
    first_commands = list(wizard.state.commands)
    assert any(FIRST_NSG in command for command in first_commands)

    _back_to(qtbot, wizard, PageId.DIAGNOSIS)
    diagnosis = wizard.pages[PageId.DIAGNOSIS]
    assert isinstance(diagnosis, DiagnosisPage)
    forbidden = FaultRule(operation="VirtualMachines_Get", status=403, code="AuthorizationFailed", times=1)
    wizard.connector.background.simulator.add_fault(forbidden)  # armed while the simulator is idle
    qtbot.mouseClick(diagnosis.recheck, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not diagnosis.task.busy and diagnosis._error.isVisible(), timeout=TIMEOUT_MS)

    _back_to(qtbot, wizard, PageId.CHOOSE_VM)
    choose = wizard.pages[PageId.CHOOSE_VM]
    assert choose.select_vm(SECOND)
    page = go_to_diagnosis_from_choose(qtbot, wizard)

    # Diagnosis: this VM's, and no banner left from the first VM's failed Recheck.
    state = wizard.state
    assert state.vm is not None and state.vm.name == SECOND
    assert state.diagnosis is not None and state.diagnosis.vm_name == SECOND
    assert page._error.isHidden()
    resources = " ".join(view.text(1) for view in page.panel.layers._top_items())
    assert "fw-hub-weu" in resources and FIRST_NSG not in resources
    assert not state.fix_applied and state.changes == [] and state.verified is None

    # Plan: for this VM's firewall, nothing about the first VM's NSG.
    fix = next_page(qtbot, wizard, FixPage)
    assert fix.preview is not None and fix.outcome is None
    assert FIRST_NSG not in fix.preview_widget.all_commands("az")
    assert not fix.undo_button.isVisible()  # the first VM's undo is not offered for this one

    # Report: nothing was changed for this VM; the first VM's changes and commands are not in it.
    summary = next_page(qtbot, wizard, SummaryPage)
    report = summary.details.toPlainText()
    assert SECOND in report
    assert FIRST not in report and FIRST_NSG not in report
    assert not any(FIRST_NSG in command for command in state.commands)
    for page_id, other in wizard.pages.items():
        if isinstance(other, AsyncWizardPage):
            assert other._error.isHidden(), f"banner still shown on {page_id.name}"


def go_to_diagnosis_from_choose(qtbot: Any, wizard: QWizard) -> DiagnosisPage:
    """From Choose VM (a VM selected) to its Diagnosis page, through Prerequisites and Enable."""
    page = click_next(qtbot, wizard)
    while not isinstance(page, DiagnosisPage):
        settle(qtbot, page)
        page = click_next(qtbot, wizard)
    return settle(qtbot, page)
