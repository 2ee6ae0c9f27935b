"""Switching language applies at once, including Qt's own wizard buttons."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWizard

from core.simulator.scenarios import demo_tenant
from core.tenant import TenantConnector
from gui.i18n import LanguageManager
from gui.wizard import MainWizard


def test_switching_to_german_retranslates_pages_and_qt_buttons(
    qtbot: Any, qloop: Any, languages: LanguageManager
) -> None:
    wizard = MainWizard(TenantConnector(demo_tenant), languages, simulated=True)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.currentPage().title() == "Boot integrity monitoring"
    assert "Next" in wizard.button(QWizard.WizardButton.NextButton).text()

    assert languages.switch("de")
    qtbot.waitUntil(lambda: wizard.currentPage().title() == "Startintegritätsüberwachung", timeout=2000)
    assert "Weiter" in wizard.button(QWizard.WizardButton.NextButton).text()
    assert wizard.button(QWizard.WizardButton.CancelButton).text() == "Abbrechen"

    languages.switch("en")
    qtbot.waitUntil(lambda: wizard.currentPage().title() == "Boot integrity monitoring", timeout=2000)
    wizard.reject()
