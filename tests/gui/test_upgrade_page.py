"""Prerequisites → "Upgrade to Trusted Launch…" → the upgrade page → Enable, against the simulated demo tenant."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from core.wizard_flow import PageId
from gui.pages.enable import EnablePage
from gui.pages.prerequisites import PrerequisitesPage
from gui.pages.upgrade import UpgradePage
from gui.widgets.checklist import ChecklistPanel
from gui.widgets.status import Status
from tests.gui.drive import TIMEOUT_MS, choose_vm, next_page, settle


def open_upgrade(qtbot: Any, wizard: Any, name: str) -> UpgradePage:
    choose_vm(qtbot, wizard, name)
    prerequisites = next_page(qtbot, wizard, PrerequisitesPage)
    assert prerequisites.upgrade_button.isVisible()
    qtbot.mouseClick(prerequisites.upgrade_button, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == PageId.UPGRADE
    page = wizard.currentPage()
    assert isinstance(page, UpgradePage)
    return settle(qtbot, page)  # type: ignore[no-any-return]


def test_upgrade_from_prerequisites_then_enable(qtbot: Any, make_wizard: Any) -> None:
    wizard = make_wizard()
    page = open_upgrade(qtbot, wizard, "vm-std-41")
    assert isinstance(page.checks_scroll, ChecklistPanel) and page.checklist is page.checks_scroll.checklist
    assert page.inside_box.parent() is page.checks_scroll.widget()  # the check inside the VM sits under the rows
    statuses = {item.key: item.status for item in page.checklist.items()}
    assert statuses["generation"] is Status.OK and statuses["size"] is Status.OK
    assert page.preview.operations.topLevelItemCount() == 6
    assert "step 3" in page.downtime.text() and page.downtime.isVisible()
    assert not page.apply_button.isEnabled()  # no consent to the deallocation yet
    page.restore_point.setChecked(False)  # options re-plan without asking Azure again
    assert page.preview.operations.topLevelItemCount() == 4
    page.restore_point.setChecked(True)
    page.consent.setChecked(True)
    assert page.apply_button.isEnabled()
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.task.busy and page._outcome is not None, timeout=TIMEOUT_MS)
    assert page._outcome is not None and page._outcome.reached
    assert "Done: the VM runs with Trusted Launch" in page.result.text()
    assert wizard.state.prerequisites is not None and wizard.state.prerequisites.met
    assert wizard.nextId() == PageId.ENABLE
    enable = next_page(qtbot, wizard, EnablePage)
    assert wizard.state.extension is not None and wizard.state.extension.healthy
    assert enable.isComplete()


def test_gen1_is_refused_with_the_reason_and_nothing_to_apply(qtbot: Any, make_wizard: Any) -> None:
    wizard = make_wizard()
    page = open_upgrade(qtbot, wizard, "vm-gen1-42")
    statuses = {item.key: item.status for item in page.checklist.items()}
    assert statuses["generation"] is Status.FAIL
    explanation = next(i.explanation for i in page.checklist.items() if i.key == "generation")
    assert "MBR2GPT" in explanation
    assert page.apply_button.isHidden() and page.consent.isHidden()
    assert "refused" in page.result.text()
    assert wizard.nextId() == PageId.SUMMARY
    # The read-only readiness check runs inside the VM through Run Command and shows what the VM returned.
    assert page.inside_box.isVisible() and page.inside_output.isHidden()
    qtbot.mouseClick(page.inside_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.task.busy and page.inside_output.isVisible(), timeout=TIMEOUT_MS)
    assert "Validation completed successfully" in page.inside_output.text()


def test_back_from_the_upgrade_page_restores_the_normal_flow(qtbot: Any, make_wizard: Any) -> None:
    wizard = make_wizard()
    open_upgrade(qtbot, wizard, "vm-sap-43")
    wizard.back()
    assert wizard.currentId() == PageId.PREREQUISITES
    assert not wizard.state.upgrade_requested
    assert wizard.nextId() == PageId.SUMMARY  # a Standard VM does not meet the prerequisites
