"""Switching language applies at once, including Qt's own wizard buttons."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWizard

from core.simulator.scenarios import demo_tenant
from core.tenant import TenantConnector
from core.wizard_flow import PageId
from gui.i18n import LanguageManager, initial_language
from gui.settings import AppSettings
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


def test_the_language_chosen_on_the_welcome_page_is_the_next_starts_default(
    qtbot: Any, qloop: Any, languages: LanguageManager
) -> None:
    wizard = MainWizard(TenantConnector(demo_tenant), languages, simulated=True)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.settings.language is None
    combo = wizard.pages[PageId.WELCOME]._language
    combo.setCurrentIndex(combo.findData("de"))  # as the user's choice in the combo box
    qtbot.waitUntil(lambda: wizard.currentPage().title() == "Startintegritätsüberwachung", timeout=2000)
    assert AppSettings().language == "de"
    english_system = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert initial_language(None, AppSettings().language, english_system) == "de"
    assert initial_language("en", AppSettings().language, english_system) == "en"  # --lang wins
    assert initial_language(None, "fr", english_system) == "en"  # a damaged value: the system's language
    assert initial_language(None, None, QLocale(QLocale.Language.German, QLocale.Country.Austria)) == "de"
    languages.switch("en")
    wizard.reject()
