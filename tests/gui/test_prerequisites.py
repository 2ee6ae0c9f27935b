"""Prerequisites page against the simulated demo tenant: the checklist, the summary and where Next goes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from core.simulator.options import FaultKind, FaultRule, SimulatorOptions
from core.wizard_flow import PageId
from gui.pages.prerequisites import PrerequisitesPage
from gui.widgets.checklist import ChecklistPanel
from gui.widgets.status import Status
from tests.gui.drive import choose_vm, click_next, next_page


def statuses(page: PrerequisitesPage) -> dict[str, Status]:
    return {item.key: item.status for item in page.checklist.items()}


def test_healthy_vm_meets_every_prerequisite(qtbot: Any, make_wizard: Any) -> None:
    wizard = make_wizard()
    choose_vm(qtbot, wizard, "vm-web-01")
    page = next_page(qtbot, wizard, PrerequisitesPage)
    assert page.isComplete()
    assert isinstance(page.checks, ChecklistPanel) and page.checklist is page.checks.checklist
    found = statuses(page)
    assert found["security-type"] is Status.OK
    assert found["secure-boot"] is Status.OK and found["vtpm"] is Status.OK
    assert "meets the requirements" in page.summary.text()
    assert page.fix_box.isHidden()
    assert wizard.state.extension is not None and wizard.state.extension.installed


def test_secure_boot_off_offers_the_fix_only_with_consent(qtbot: Any, make_wizard: Any) -> None:
    wizard = make_wizard()
    choose_vm(qtbot, wizard, "vm-sql-04")
    page = next_page(qtbot, wizard, PrerequisitesPage)
    assert statuses(page)["secure-boot"] is Status.FAIL
    assert not page.fix_box.isHidden()
    assert page.uefi_fixes() == ["enable-secure-boot"]
    assert not page.fix_button.isEnabled()  # no consent yet
    # Not met: Next leads to the summary, not to enabling monitoring.
    assert wizard.nextId() == PageId.SUMMARY


def test_standard_vm_explains_without_offering_a_fix(qtbot: Any, make_wizard: Any) -> None:
    wizard = make_wizard()
    choose_vm(qtbot, wizard, "vm-legacy-06")
    page = next_page(qtbot, wizard, PrerequisitesPage)
    assert statuses(page)["security-type"] is Status.FAIL
    assert page.fix_box.isHidden()
    assert "cannot be enabled" in page.summary.text()


def test_throttling_shows_the_error_inline_and_retry_recovers(qtbot: Any, make_wizard: Any) -> None:
    # The SDK retries 429 three times by itself (honouring Retry-After); the fourth answer reaches the page.
    throttle = FaultRule(operation="VirtualMachines_Get", status=429, code="TooManyRequests", retry_after=0.01, times=4)
    wizard = make_wizard(options=SimulatorOptions(faults=[throttle]))
    choose_vm(qtbot, wizard, "vm-web-01")
    page = next_page(qtbot, wizard, PrerequisitesPage)
    banner = page._error
    assert banner.isVisible()
    assert "429" in banner._details.text() or "throttling" in banner._message.text().lower()
    assert not page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.mouseClick(banner._retry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.isComplete, timeout=30000)
    assert not banner.isVisible()
    assert statuses(page)["secure-boot"] is Status.OK


def test_back_cancels_the_check(qtbot: Any, make_wizard: Any) -> None:
    slow = FaultRule(operation="VirtualMachines_Get", kind=FaultKind.LATENCY, delay_ms=1500)
    wizard = make_wizard(options=SimulatorOptions(faults=[slow]))
    choose_vm(qtbot, wizard, "vm-web-01")
    page = click_next(qtbot, wizard)
    assert isinstance(page, PrerequisitesPage) and page.task.busy
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.back()
    assert not page.task.busy
    assert wizard.state.prerequisites is None  # the late answer is dropped


def test_secure_boot_fix_shows_its_change_checks_its_permissions_and_applies_through_the_engine(
    qtbot: Any, make_wizard: Any
) -> None:
    wizard = make_wizard()
    choose_vm(qtbot, wizard, "vm-sql-04")
    page = next_page(qtbot, wizard, PrerequisitesPage)
    assert page.uefi is not None
    ops = page.uefi.plan.operations
    assert [(op.method, op.restarts_vm) for op in ops] == [("PATCH", True)]  # only the change this page makes
    assert page.uefi.permissions.ok and not page.fix_permissions.isVisible()
    assert page.fix_preview.operations.topLevelItemCount() == 1
    page.consent.setChecked(True)
    qtbot.mouseClick(page.fix_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.task.busy and page.state.prerequisites is not None, timeout=30000)
    assert not page._error.isVisible(), page._error._message.text()
    assert statuses(page)["secure-boot"] is Status.OK
    assert [c.outcome for c in wizard.state.changes] == ["applied"]
    from core.remediation.audit import AuditLog

    assert [r["goal"] for r in AuditLog().records()] == ["uefi"]


def test_secure_boot_fix_for_a_reader_names_the_missing_role_before_anything_is_sent(
    qtbot: Any, make_wizard: Any
) -> None:
    from core.simulator.scenarios import demo_tenant, load_scenario

    def reader_tenant() -> dict[str, Any]:
        tenant = dict(demo_tenant())
        tenant["principal"] = load_scenario("reader-only")["principal"]
        return tenant

    wizard = make_wizard(snapshot=reader_tenant)
    choose_vm(qtbot, wizard, "vm-sql-04")
    page = next_page(qtbot, wizard, PrerequisitesPage)
    assert page.uefi is not None and not page.uefi.permissions.ok
    assert page.fix_permissions.isVisible() and "Virtual Machine Contributor" in page.fix_permissions.text()
    assert "virtualMachines/write" in page.fix_permissions.text()
    assert not page.consent.isEnabled() and not page.fix_button.isEnabled()
    assert not wizard.state.changes
