"""The main QWizard: builds the pages, delegates branching to ``core.wizard_flow``, owns the tenant session."""

from __future__ import annotations

import asyncio
import sys

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWizard

from core.azure.session import ArmSession
from core.tenant import TenantConnector
from core.wizard_flow import PageId, next_page
from gui.i18n import LanguageManager
from gui.pages.base import WizardPage
from gui.pages.choose_vm import ChooseVmPage
from gui.pages.diagnosis import DiagnosisPage
from gui.pages.enable import EnablePage
from gui.pages.fix import FixPage
from gui.pages.prerequisites import PrerequisitesPage
from gui.pages.summary import SummaryPage
from gui.pages.verify import VerifyPage
from gui.pages.welcome import WelcomePage
from gui.state import WizardState


class MainWizard(QWizard):
    def __init__(self, connector: TenantConnector, languages: LanguageManager, *, simulated: bool) -> None:
        super().__init__()
        self.connector = connector
        self.languages = languages
        self.state = WizardState(simulated=simulated and connector.demo_available)
        self._session_lock = asyncio.Lock()
        # One look everywhere except macOS, where users expect the native style.
        self.setWizardStyle(
            QWizard.WizardStyle.MacStyle if sys.platform == "darwin" else QWizard.WizardStyle.ModernStyle
        )
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setMinimumSize(900, 620)
        self.pages: dict[PageId, WizardPage] = {
            PageId.WELCOME: WelcomePage(
                self.state,
                current_language=languages.language,
                on_language=self.switch_language,
                demo_available=connector.demo_available,
            ),
            PageId.CHOOSE_VM: ChooseVmPage(self.state),
            PageId.PREREQUISITES: PrerequisitesPage(self.state),
            PageId.ENABLE: EnablePage(self.state),
            PageId.DIAGNOSIS: DiagnosisPage(self.state),
            PageId.FIX: FixPage(self.state),
            PageId.VERIFY: VerifyPage(self.state),
            PageId.SUMMARY: SummaryPage(self.state),
        }
        for page_id, page in self.pages.items():
            self.setPage(int(page_id), page)
        self.setStartId(int(PageId.WELCOME))
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Boot Integrity Wizard"))
        # QWizard translates its own buttons only when its style is set, not on a language change:
        # re-apply the style so "< Back" / "Next >" follow the new translator at once.
        style = self.wizardStyle()
        other = QWizard.WizardStyle.ClassicStyle
        if style == other:
            other = QWizard.WizardStyle.ModernStyle
        self.setWizardStyle(other)
        self.setWizardStyle(style)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def switch_language(self, language: str) -> None:
        self.languages.switch(language)

    def nextId(self) -> int:
        return next_page(PageId(self.currentId()), self.state.flow(), frozenset(self.pages))

    async def ensure_session(self) -> ArmSession:
        """The session for the mode chosen on the welcome page, opened once and reused by every page."""
        async with self._session_lock:
            session = self.state.session
            if session is not None and session.endpoint.is_simulated == self.state.simulated:
                return session
            if self.state.simulated:
                session = await self.connector.open_simulated()
            else:
                session = await self.connector.open_azure_cli(self.state.cloud)
            self.state.session = session
            return session

    def cancel_work(self) -> None:
        for page in self.pages.values():
            task = getattr(page, "task", None)
            if task is not None:
                task.cancel()

    def reject(self) -> None:
        self.cancel_work()
        super().reject()

    def done(self, result: int) -> None:
        self.cancel_work()
        super().done(result)
