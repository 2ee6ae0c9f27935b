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
def test_consent_then_run_lists_the_finding(qtbot: Any, connector: Any, scenario: str, os_type: str,
                                            code: str) -> None:
    vm_id = load_scenario(scenario)["simulation"]["focusVm"]
    dialog = ProbeDialog(connector.open_simulated, vm_id=vm_id, vm_name=ResourceId.parse(vm_id).name,
                         os_type=os_type, host="sharedweu.weu.attest.azure.net")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.results.isVisible()  # nothing runs before consent
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.task.busy and dialog.results.count() > 0, timeout=20000)
    codes = [dialog.results.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.results.count())]
    assert code in codes
    dialog.reject()
