"""Summary page: "Save snapshot for support" writes the export of the chosen VM, nothing secret, off the GUI thread."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from core.cli.export import secrets_in
from gui.pages.prerequisites import PrerequisitesPage
from gui.pages.summary import SummaryPage
from gui.widgets.support_snapshot import SupportSnapshotButton
from tests.gui.drive import choose_vm, next_page


def test_summary_saves_a_support_snapshot_of_the_chosen_vm(qtbot: Any, make_wizard: Any, tmp_path: Path) -> None:
    wizard = make_wizard()
    choose_vm(qtbot, wizard, "vm-legacy-06")
    next_page(qtbot, wizard, PrerequisitesPage)
    page = next_page(qtbot, wizard, SummaryPage)
    button = page.findChild(SupportSnapshotButton)
    assert button is not None and button.isVisible() and "snapshot" in button.text().lower()
    target = tmp_path / "support.json"
    task = button.save(target)
    qtbot.waitUntil(task.done, timeout=15000)
    qtbot.waitUntil(lambda: button.isEnabled(), timeout=5000)
    text = target.read_text(encoding="utf-8")
    snapshot = json.loads(text)
    assert snapshot["exportInfo"]["vm"] == wizard.state.vm.id
    assert any(r["id"] == wizard.state.vm.id for r in snapshot["resources"])
    assert secrets_in(text) == []
    assert str(target) in page.status.text()
