"""Helpers that drive the wizard the way a user does: Next button clicks, waiting for pages to settle."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from gui.pages.choose_vm import ChooseVmPage

TIMEOUT_MS = 30000


def click_next(qtbot: Any, wizard: QWizard) -> Any:
    button = wizard.button(QWizard.WizardButton.NextButton)
    page = wizard.currentPage()
    banner = getattr(page, "_error", None)
    shown = banner._message.text() if banner is not None and banner.isVisible() else "no error shown"
    assert button.isEnabled(), f"Next is disabled on {type(page).__name__} ({shown})"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return wizard.currentPage()


def settle(qtbot: Any, page: Any, timeout: int = TIMEOUT_MS) -> Any:
    """Wait until the page's task is done (and it says it is complete, when it can be)."""
    qtbot.waitUntil(lambda: not page.task.busy, timeout=timeout)
    return page


def choose_vm(qtbot: Any, wizard: QWizard, name: str) -> ChooseVmPage:
    page = click_next(qtbot, wizard)
    assert isinstance(page, ChooseVmPage)
    qtbot.waitUntil(lambda: not page.task.busy and page.model.rowCount() > 0, timeout=TIMEOUT_MS)
    assert page.select_vm(name), f"{name} not listed"
    return page


def next_page(qtbot: Any, wizard: QWizard, expected: type) -> Any:
    page = click_next(qtbot, wizard)
    assert isinstance(page, expected), f"expected {expected.__name__}, got {type(page).__name__}"
    if hasattr(page, "task"):
        settle(qtbot, page)
    if hasattr(page, "report_pending"):  # the summary lays its report out one event after it appears
        qtbot.waitUntil(lambda: not page.report_pending, timeout=TIMEOUT_MS)
    return page
