"""Common behaviour of wizard pages: retranslation on language change and access to the shared state."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWizardPage

if TYPE_CHECKING:
    from gui.state import WizardState
    from gui.wizard import MainWizard


class WizardPage(QWizardPage):
    """A page that sets every visible text in :meth:`retranslate`, called again whenever the language changes."""

    def __init__(self, state: WizardState) -> None:
        super().__init__()
        self.state = state

    def main_wizard(self) -> MainWizard:
        from gui.wizard import MainWizard

        wizard = self.wizard()
        assert isinstance(wizard, MainWizard)
        return wizard

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
