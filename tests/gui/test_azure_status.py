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
