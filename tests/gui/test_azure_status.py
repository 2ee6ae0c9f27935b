"""The Defender / Azure Policy box on Prerequisites: the three demo scenarios show their explanation."""

from __future__ import annotations

from typing import Any

import pytest

from gui.pages.prerequisites import PrerequisitesPage
from gui.widgets.azure_status import AzureStatusBox
from tests.gui.drive import TIMEOUT_MS, choose_vm, next_page


@pytest.mark.parametrize(
    ("vm", "summary", "explanation"),
    [
        ("vm-web-61", "unhealthy", "lag behind by hours"),
        ("vm-lnx-62", "enforcement DoNotEnforce", "is set to DoNotEnforce"),
        ("vm-app-63", "enforcement Default", "lacks the role(s) Virtual Machine Contributor"),
    ],
)
def test_prerequisites_explain_what_defender_and_policy_say(
    qtbot: Any, make_wizard: Any, vm: str, summary: str, explanation: str
) -> None:
    wizard = make_wizard()
    choose_vm(qtbot, wizard, vm)
    page = next_page(qtbot, wizard, PrerequisitesPage)
    box = page.findChild(AzureStatusBox)
    assert box is not None
    qtbot.waitUntil(lambda: not box.task.busy and box.status() is not None, timeout=TIMEOUT_MS)
    assert summary in box.summary.text()
    assert explanation in box.details.text()
    loaded = wizard.state.extra["azure_status"]
    assert loaded[0].endswith(f"/{vm}")  # kept for the report


def test_a_remediation_still_running_in_azure_is_shown_as_running(qtbot: Any, make_wizard: Any) -> None:
    """A tenant in which a remediation task of the VM's assignment is still running: the box says so, next to
    Azure's compliance data, instead of suggesting the VM is done."""
    import copy

    from core.simulator.scenarios import demo_tenant

    vm = next(r for r in demo_tenant()["resources"] if r["id"].endswith("/virtualMachines/vm-app-63"))
    group = vm["id"].split("/providers/")[0]
    assignment = f"{group}/providers/Microsoft.Authorization/policyAssignments/deploy-guestattest"

    def tenant() -> dict[str, Any]:
        data = copy.deepcopy(demo_tenant())
        data["resources"].append(
            {
                "id": f"{group}/providers/Microsoft.PolicyInsights/remediations/remediate-ga",
                "name": "remediate-ga",
                "type": "Microsoft.PolicyInsights/remediations",
                "properties": {
                    "policyAssignmentId": assignment,
                    "policyDefinitionReferenceId": "TrustedLaunch_DeployWindowsExtensionVM",
                    "provisioningState": "Running",
                    "deploymentStatus": {"totalDeployments": 1, "successfulDeployments": 0, "failedDeployments": 0},
                },
            }
        )
        return data

    wizard = make_wizard(tenant)
    choose_vm(qtbot, wizard, "vm-app-63")
    page = next_page(qtbot, wizard, PrerequisitesPage)
    box = page.findChild(AzureStatusBox)
    assert box is not None
    qtbot.waitUntil(lambda: not box.task.busy and box.status() is not None, timeout=TIMEOUT_MS)
    assert "remediation task of" in box.details.text() and "still running in Azure (remediate-ga)" in box.details.text()
