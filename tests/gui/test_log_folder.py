"""No program to open the log folder (issue 13, item 5): the Summary page says so and hands over the path."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication

from gui.pages.summary import SummaryPage, session_log_folder


@pytest.mark.qt_log_ignore("does not support QPlatformServices")  # the condition under test
def test_log_folder_without_an_opener_gives_the_path(qtbot: Any, make_wizard: Any) -> None:
    # The offscreen platform has no program to open folders, as a bare server or a container has none.
    page = SummaryPage(make_wizard().context)
    qtbot.addWidget(page)
    page.open_logs.click()
    folder = str(session_log_folder())
    assert folder in page.status.text() and "No program to open folders" in page.status.text()
    assert QGuiApplication.clipboard().text() == folder
