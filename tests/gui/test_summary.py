"""Summary page: headline, the report export (HTML + JSON) and copying commands."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWizard

from core.report import ChangeOutcome, ChangeRecord
from gui.pages.prerequisites import PrerequisitesPage
from gui.pages.summary import SummaryPage, session_log_folder
from tests.gui.drive import choose_vm, next_page


def test_unsupported_vm_ends_in_a_summary_with_an_exportable_report(
    qtbot: Any, make_wizard: Any, tmp_path: Path
) -> None:
    wizard = make_wizard()
    choose_vm(qtbot, wizard, "vm-legacy-06")
    next_page(qtbot, wizard, PrerequisitesPage)
    page = next_page(qtbot, wizard, SummaryPage)
    assert "vm-legacy-06" in page.headline.text()
    assert "prerequisites" in page.headline.text()
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    assert "PREREQ_SECURITY_TYPE" in page.details.toPlainText() or "Standard" in page.details.toPlainText()

    html_path, json_path = page.export_report(tmp_path / "ticket")
    assert html_path.suffix == ".html" and json_path.suffix == ".json"
    report = json.loads(json_path.read_text(encoding="utf-8"))
    assert report["vm"]["name"] == "vm-legacy-06"
    assert report["prerequisites"]["met"] is False
    assert report["simulated"] is True
    assert "vm-legacy-06" in html_path.read_text(encoding="utf-8")
    assert str(html_path) in page.status.text()


def test_copy_commands_puts_every_command_on_the_clipboard(qtbot: Any, make_wizard: Any) -> None:
    wizard = make_wizard()
    choose_vm(qtbot, wizard, "vm-legacy-06")
    next_page(qtbot, wizard, PrerequisitesPage)
    wizard.state.commands = ["az vm show -n a", "Get-AzVM -Name a"]
    wizard.state.changes = [ChangeRecord("Add rule", "create", "/x/rule", ChangeOutcome.APPLIED, ("req-9",))]
    page = next_page(qtbot, wizard, SummaryPage)
    assert page.copy_commands.isEnabled()
    page.copy_commands.click()
    assert QGuiApplication.clipboard().text() == "az vm show -n a\n\nGet-AzVM -Name a"
    assert "req-9" in page.details.toPlainText()
    assert "2 command" in page.status.text()  # "2 commands" once the English plural catalog is built


def test_log_folder_is_a_directory() -> None:
    assert isinstance(session_log_folder(), Path)



def test_the_report_never_scrolls_sideways(qtbot: Any, qloop: Any, make_wizard: Any, languages: Any) -> None:
    # At some widths QTextDocument laid the German report out one pixel wider than the view: a scroll bar for it.
    from gui.screenshots import walk_demo

    languages.switch("de")
    wizard = make_wizard()
    wizard.show()
    wider: list[str] = []

    def audit(state: str) -> None:
        page = wizard.currentPage()
        if not isinstance(page, SummaryPage):
            return
        for width in range(960, 1100, 2):
            wizard.resize(width, 700)
            qtbot.wait(10)
            if page.details.horizontalScrollBar().maximum() > 0:
                wider.append(f"{state} at {width}")

    walk = qloop.create_task(walk_demo(wizard, audit))
    qtbot.waitUntil(walk.done, timeout=120_000)
    walk.result()
    assert not wider, f"a horizontal scroll bar: {wider}"
