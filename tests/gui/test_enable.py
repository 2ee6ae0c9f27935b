"""Enable page: the happy path, options, live URL validation, permission denied (Reader), throttled install."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from core.report import ChangeOutcome
from core.simulator.options import FaultRule, SimulatorOptions
from core.simulator.scenarios import load_scenario
from core.wizard_flow import PageId
from gui.pages.enable import EnablePage
from gui.pages.prerequisites import PrerequisitesPage
from gui.pages.summary import SummaryPage
from tests.gui.drive import choose_vm, next_page, settle


def go_to_enable(qtbot: Any, wizard: QWizard, vm: str) -> EnablePage:
    choose_vm(qtbot, wizard, vm)
    next_page(qtbot, wizard, PrerequisitesPage)
    return next_page(qtbot, wizard, EnablePage)


def test_happy_path_installs_the_extension_and_ends_in_the_summary(qtbot: Any, make_wizard: Any) -> None:
    wizard = make_wizard()
    page = go_to_enable(qtbot, wizard, "vm-app-02")
    assert page.auto_upgrade.isChecked()
    assert page.linux_note.isHidden()  # Windows VM
    assert "attest.azure.net" in page.shared.text()
    ops = page.preview.plan.operations
    assert [op.kind.value for op in ops] == ["create"]
    assert ops[0].body["properties"]["enableAutomaticUpgrade"] is True
    assert not page.enable_button.isEnabled()  # the same explicit consent as on the Fix page
    page.consent.setChecked(True)
    assert page.enable_button.isEnabled()
    qtbot.mouseClick(page.enable_button, Qt.MouseButton.LeftButton)
    assert page.task.busy and not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    settle(qtbot, page)
    assert not page._error.isVisible(), page._error._message.text()
    assert wizard.state.extension.healthy
    assert "Done" in page.result.text()
    assert wizard.nextId() == PageId.SUMMARY
    summary = next_page(qtbot, wizard, SummaryPage)
    assert "on and healthy" in summary.headline.text()
    assert any(c.startswith("az vm extension set") for c in wizard.state.commands)


def test_linux_note_and_automatic_upgrade_off(qtbot: Any, make_wizard: Any) -> None:
    wizard = make_wizard()
    page = go_to_enable(qtbot, wizard, "vm-lnx-03")
    assert not page.linux_note.isHidden()
    page.auto_upgrade.setChecked(False)
    qtbot.waitUntil(lambda: page.preview is not None and not page.task.busy, timeout=30000)
    assert page.preview.plan.operations[0].body["properties"]["enableAutomaticUpgrade"] is False


def test_custom_provider_url_is_validated_while_typing(qtbot: Any, make_wizard: Any) -> None:
    wizard = make_wizard()
    page = go_to_enable(qtbot, wizard, "vm-app-02")
    page.custom.setChecked(True)
    page.custom_url.setText("http://contoso.example.com")
    assert page.url_problems.isVisible() and "https" in page.url_problems.text()
    assert not page.enable_button.isEnabled()
    page.custom_url.setText("https://contoso.weu.attest.azure.net")
    assert not page.url_problems.isVisible()
    qtbot.waitUntil(lambda: page.preview is not None and not page.task.busy, timeout=30000)
    settings = page.preview.plan.operations[0].body["properties"]["settings"]
    assert settings["AttestationConfig"]["MaaSettings"]["maaEndpoint"] == "https://contoso.weu.attest.azure.net"


def test_reader_only_is_told_which_role_is_missing(qtbot: Any, make_wizard: Any) -> None:
    wizard = make_wizard(snapshot=lambda: load_scenario("reader-only"))
    page = go_to_enable(qtbot, wizard, "vm-web-15")
    assert page.permissions.isVisible()
    assert "Virtual Machine Contributor" in page.permissions.text()
    assert not page.enable_button.isEnabled()
    assert not wizard.state.changes


def test_throttled_install_shows_inline_error_and_retry_succeeds(qtbot: Any, make_wizard: Any) -> None:
    throttle = FaultRule(
        operation="VirtualMachineExtensions_CreateOrUpdate",
        status=429,
        code="TooManyRequests",
        retry_after=0.01,
        times=4,
    )
    wizard = make_wizard(options=SimulatorOptions(faults=[throttle]))
    page = go_to_enable(qtbot, wizard, "vm-app-02")
    page.consent.setChecked(True)
    qtbot.mouseClick(page.enable_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    assert page._error.isVisible()
    assert "429" in page._error._details.text()
    assert wizard.state.changes[-1].outcome is ChangeOutcome.FAILED
    qtbot.mouseClick(page._error._retry, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    assert not page._error.isVisible(), page._error._message.text()
    assert wizard.state.extension.healthy


def test_changing_an_option_withdraws_the_consent_and_clears_the_old_error(qtbot: Any, make_wizard: Any) -> None:
    throttle = FaultRule(operation="VirtualMachineExtensions_CreateOrUpdate", status=403, code="AuthorizationFailed")
    wizard = make_wizard(options=SimulatorOptions(faults=[throttle]))
    page = go_to_enable(qtbot, wizard, "vm-app-02")
    page.consent.setChecked(True)
    qtbot.mouseClick(page.enable_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    assert page._error.isVisible()
    page.auto_upgrade.setChecked(False)  # another plan: the banner about the old one and the old "yes" go
    assert not page._error.isVisible() and not page.consent.isChecked()
    qtbot.waitUntil(lambda: page.preview is not None and not page.task.busy, timeout=30000)
    assert not page.enable_button.isEnabled() and not page._error.isVisible()
