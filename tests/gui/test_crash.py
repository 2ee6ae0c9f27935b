"""A bug in a page task opens the crash dialog (details, log folder); an Azure error stays in the page's banner."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from core.simulator.options import FaultRule, SimulatorOptions
from gui.crash import CrashDialog
from gui.pages.choose_vm import ChooseVmPage
from tests.gui.drive import TIMEOUT_MS, click_next


async def _broken_list_subscriptions(session: object) -> list[object]:
    raise TypeError("'NoneType' object is not subscriptable")  # what a plain bug in page code looks like


def test_unexpected_exception_in_a_page_task_shows_the_crash_dialog(
    qtbot: Any, make_wizard: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr("gui.pages.choose_vm.list_subscriptions", _broken_list_subscriptions)
    wizard = make_wizard()
    wizard.crash.log_folder = tmp_path / "logs"
    with qtbot.waitSignal(wizard.crash.dialogShown, timeout=TIMEOUT_MS) as shown:
        page = click_next(qtbot, wizard)
    assert isinstance(page, ChooseVmPage)
    dialog = shown.args[0]
    assert isinstance(dialog, CrashDialog) and dialog is wizard.crash.dialog
    # Shown with show(), not exec(): the test got here, so no nested event loop blocked the coroutine.
    assert dialog.isVisible() and dialog.windowModality() == Qt.WindowModality.WindowModal
    details = dialog.details.toPlainText()
    assert "TypeError: 'NoneType' object is not subscriptable" in details
    assert "_broken_list_subscriptions" in details  # the traceback, not just the message
    assert str(tmp_path / "logs") in dialog.message.text()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == details
    # Not an Azure error: the page's banner stays hidden, so there is no "Azure returned an error" and no Retry.
    assert page._error.isHidden()
    assert not page.task.busy and not page.isComplete()
    dialog.close()


def test_azure_error_in_a_page_task_shows_the_banner_not_the_crash_dialog(qtbot: Any, make_wizard: Any) -> None:
    forbidden = FaultRule(operation="Subscriptions_List", status=403, code="AuthorizationFailed", times=1)
    wizard = make_wizard(options=SimulatorOptions(faults=[forbidden]))
    shown: list[object] = []
    wizard.crash.dialogShown.connect(shown.append)
    page = click_next(qtbot, wizard)
    assert isinstance(page, ChooseVmPage)
    qtbot.waitUntil(lambda: not page.task.busy and page._error.isVisible(), timeout=TIMEOUT_MS)
    text = page._error._message.text()
    assert text.startswith("You are not allowed to do this: AuthorizationFailed")
    assert "Azure returned an error" not in text and text.count("You are not allowed") == 1  # wrapped once
    assert shown == [] and wizard.crash.dialog is None
