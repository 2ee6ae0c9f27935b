"""The 'Inside the VM' dialog shows the script, runs it through Run Command on consent and lists the findings."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from core.arm_ids import ResourceId
from core.simulator.scenarios import demo_tenant, load_scenario
from core.tenant import TenantConnector
from gui.probe_dialog import ProbeDialog


@pytest.fixture
def connector(qtbot: Any, qloop: Any) -> Any:
    connector = TenantConnector(demo_tenant)
    yield connector
    task = qloop.create_task(connector.close())
    qtbot.waitUntil(task.done, timeout=10000)


@pytest.mark.parametrize(
    ("scenario", "os_type", "code"),
    [("probe-proxy", "Linux", "PROBE_PROXY_CONFIGURED"), ("probe-tls-inspection", "Linux", "PROBE_TLS_INSPECTION")],
)
def test_consent_then_run_lists_the_finding(qtbot: Any, connector: Any, scenario: str, os_type: str, code: str) -> None:
    vm_id = load_scenario(scenario)["simulation"]["focusVm"]
    dialog = ProbeDialog(
        connector.open_simulated,
        vm_id=vm_id,
        vm_name=ResourceId.parse(vm_id).name,
        os_type=os_type,
        host="sharedweu.weu.attest.azure.net",
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.results.isVisible()  # nothing runs before consent
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.task.busy and dialog.results.count() > 0, timeout=20000)
    codes = [dialog.results.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.results.count())]
    assert code in codes
    dialog.reject()


def test_the_diagnosis_page_offers_the_probe_for_the_diagnosed_vm(qtbot: Any, qloop: Any, languages: Any) -> None:
    from PySide6.QtWidgets import QWizard

    from core.wizard_flow import PageId
    from gui.pages.diagnosis import DiagnosisPage
    from gui.wizard import MainWizard

    connector = TenantConnector(demo_tenant)
    wizard = MainWizard(connector, languages, simulated=True)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.build_pages()
    vm_id = load_scenario("probe-proxy")["simulation"]["focusVm"]
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    choose = wizard.currentPage()
    qtbot.waitUntil(lambda: not choose.task.busy and choose.model.rowCount() > 0, timeout=20000)
    assert choose.select_vm(ResourceId.parse(vm_id).name)
    page = wizard.pages[PageId.DIAGNOSIS]
    assert isinstance(page, DiagnosisPage)
    assert not page.inside_vm.isEnabled()
    wizard.setStartId(int(PageId.DIAGNOSIS))  # jump straight to the diagnosis of the chosen VM
    wizard.restart()
    qtbot.waitUntil(lambda: page.isComplete(), timeout=20000)
    assert page.inside_vm.isEnabled()
    page.inside_vm.click()
    dialog = page.inside_vm.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.task.busy and dialog.results.count() > 0, timeout=20000)
    codes = [dialog.results.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.results.count())]
    assert "PROBE_PROXY_CONFIGURED" in codes
    dialog.reject()
    wizard.reject()
    task = qloop.create_task(connector.close())
    qtbot.waitUntil(task.done, timeout=10000)
